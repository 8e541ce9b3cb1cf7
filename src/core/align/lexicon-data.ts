/**
 * Sejajar's own small Indonesian–English word list, written for this
 * project from general knowledge of both languages (no external source).
 * Each line: an Indonesian base word, then English words it is commonly
 * translated by (inflected English forms listed where they are irregular).
 * Used only as alignment evidence, so it favours frequent content words.
 */
export const LEXICON_TEXT = `
ada there exist exists have has is are
adakan hold held organise organize
adalah is are was were
adat custom tradition traditional customary
adik sibling brother sister younger
adili try tried trial judge
adu complain complaint
agama religion religious
agar so order
air water
ajak invite ask asked urge
ajar teach taught learn
akan will would shall
akhir end last final late
akhirnya finally eventually
aku i me
akui admit admitted acknowledge recognise recognize
akun account
alam nature natural
alami experience suffer undergo underwent natural
alasan reason reasons
alat tool tools device equipment
alkitab bible
alquran quran koran
aman safe secure safety
amankan secure detain arrested seize
amati observe watch watching
ambil take took taken
ambruk collapse
anak child children kid kids son daughter
ancam threat threaten
anggar budget
anggaran budget budgetary
anggota member members
angin wind
angka number figure digit
angkat lift raise appoint
angkatan forces force army generation batch
angkut transport carry carried haul
anjlok plunge slump drop dropped
antar deliver escort accompany
antara between among
antre queue
apa what
apakah whether
aparat authority officers apparatus personnel
api fire
apotek pharmacy chemist drugstore
asap smoke haze fumes
asing foreign foreigner
asrama dormitory hostel
asuransi insurance insurer insured
atas on above over top upper
atasi overcome overcame tackle address resolve
atau or
atur regulate arrange organise manage managed
awal beginning early start
awan cloud cloudy
awas supervise supervision oversight monitor watch watching
ayah father dad
baca read
badan body agency
bagaimana how
bagi for
bagian part section
bahas discuss discussion
bahasa language
bahaya danger dangerous hazard hazardous
bahkan even
bahwa that
baik good well both fine
bajak hijack piracy pirate
baju clothes shirt dress
balap race
banding appeal compare compared comparison
bangga proud pride
bantah deny denial
bara coal embers
baru new just recently
barat west western
batal cancel cancelled cancellation
batas limit border boundary
bawah under below beneath lower
bawang onion garlic shallots
bayar pay paid payment
beasiswa scholarship
beberapa several some few
bedah surgery surgical operation
begal mugger mugging robbery robber
begitu so such
bekas former ex used second-hand formerly
belajar learn study studied studying
belakang back behind rear
belanda netherlands dutch holland
belasungkawa condolence
beli buy bought
beliung tornado whirlwind twister
belum not yet
benar true right correct
bencana disaster
bensin petrol gasoline fuel
bentuk form shape
berangkat depart departure leave left leaves
berantas eradicate eradication combat crackdown
berat heavy weight
berbagai various
berhasil succeed succeeded managed successful
beri give gave given
berita news
berontak rebel rebellion revolt insurgency insurgents
besar big large great major
biaya cost costs fee
biasa usual ordinary common
bibi aunt
bidan midwife midwives
biksu monk
bingung confused confusion puzzled
bisa can could able
bisnis business
bocor leak
bodoh stupid foolish
bohong lie hoax
buang throw threw thrown dump discard
buatan artificial man-made
bui jail prison
bukan not
buku book books
bulan month months moon
bumi earth
bumn state-owned enterprise
bupati regent
buron fugitive wanted
buruk bad poor
buta blind blindness
butuh need needs
cabai chili chilli peppers
cabut revoke withdraw withdrew withdrawn lift repeal
cadang reserve spare
calon candidate prospective
camat district head
candi temple
canggih sophisticated advanced
capai reach reached achieve
capek tired exhausted
capres candidate presidential
cara way method manner
catat record note noted
cegah prevent prevention deter
cemar pollute pollution contaminated defamation
cemas anxious anxiety worried
cepat fast quick quickly
cerai divorce
cerdas smart intelligent
cerita story
cicil instalment installment
cina china chinese
cinta love
cipta create creation creator invent
copet pickpocket
cuci wash
cukai excise duty duties
cukup enough quite
culik kidnap kidnapped abduct abduction
curang cheat fraud fraudulent rigged
curi steal stole stolen theft thief thieves
daerah region area regional
dagang trade traders merchant
dakwa charge indict indictment accuse defendant
dalam in inside within deep
damping accompany assist
dan and
dapat can could able get got
darah blood
dari from of
darat land
daring online
darurat emergency
datang come came arrive arrived
daulat sovereignty sovereign
debu dust
dekat near close
demam fever
demo protest demonstration rally
denda fine penalty
dengan with by
depan front next
derajat degree
deras heavy torrential swift
derita suffer sufferer
desak urge urgent press
desas rumour rumor
devisa reserve foreign exchange
dewan council board
di in at on
dia he she him her
didik educate education
dini early
diri self
doa prayer pray
dokter doctor
dompet wallet purse
dosa sin
dosen lecturer professor
dpr parliament representative lawmakers legislators
dprd council legislators
dua two
duduki occupy
duka grief sorrow mourning condolence
dukung support supported backing backed
dulu before formerly first
dunia world global
duta ambassador envoy
edar circulate circulation distribute trafficking
empat four
enak delicious tasty nice
engkau you
fajar dawn
fitnah slander defamation
fraksi faction
gabung join joined merge combine
gaji salary wage wages pay
gambar picture image drawing
gambut peat peatland
ganja marijuana cannabis
ganti change replace
gantung hang depend dependent
gedung building
gejala symptom
gelandang midfielder
gelap dark
gelar degree title held hold stage
gelombang wave
gempa earthquake quake
gemuk fat obese overweight
genang inundated flood puddle waterlogged floods flooding
gencatan ceasefire truce
gereja church
gerhana eclipse
getar vibrate vibration tremor
gizi nutrition nutritional nutrients
gol goal
gratis free
gugat sue lawsuit
gugur killed fallen fell died
guncang shake shook shaken jolt tremor
guntur thunder
guru teacher
gunung mountain volcano
hadap face confront
haji hajj pilgrimage pilgrims
hak right rights
hal thing matter case
hambat hamper hinder obstacle impede
hamil pregnant pregnancy
hampir almost nearly
hancur destroy destroyed ruin shattered
hanya only just
hanyut swept wash drift
hapus delete remove abolish erase
harga price prices
hargai appreciate respect value
hari day days
harus must should have
hasil result results outcome
hati heart liver
haus thirsty thirst
hemat save savings efficient thrifty
heran surprise amazed wonder puzzled
hidup life live living alive
hijau green
hilang lost missing disappear disappeared
himpun collect gather gathered raise compile
hitam black
hitung count calculate
hormat respect honour honor salute
hubungan relation relations relationship
hubungi contact reach reached
hujan rain
hukum law legal
huni inhabit occupy occupants residents inhabitants
hutan forest
ibadah worship prayer service services
ibu mother mom
ikan fish
ikut follow join
ilmu science knowledge
iman faith belief believe believed
imbang draw drew drawn balance equal
imbau urge appeal
ingin want wish
ini this these
istri wife
isu issue issues
itu that those it
iuran contribution dues fee
izin permit permission licence license allowed
jabat office post position tenure
jadi become became so
jaga guard keep kept maintain watch watching
jaksa prosecutor attorney
jalan road street way walk
jam hour hours clock
janji promise pledge vow
jarang rarely seldom
jasa services service
jatuh fall fell fallen
jauh far
jelas clear clearly
jemput pick fetch collect
jenazah body remains corpse
jenis type kind species
jiwa soul lives mental psyche
jubir spokesman spokesperson spokeswoman
judi gamble gambler
judul title headline
juga also too
jumlah number amount total
jumpa meet met meeting
jurusan department
kabar news
kabur flee fled escape blurred
kabut fog mist haze
kado gift present
kaget surprise shock startled
kait link connect hook
kaji study studied review assess examine studying
kakak sibling brother sister older elder
kakek grandfather grandpa
kaki foot feet leg legs
kalangan circles among community
kali time times
kalian you
kami we us
kamu you
kanan right
kandang cage pen stable
kantor office
kapal ship boat vessel
karantina quarantine
karena because since
karet rubber
karyawan employee staff workers
kasasi cassation appeal
kata word said say
kawal escort guard
kawasan area region zone district
kaya rich
ke to
kebal immune immunity resistant
kebun garden plantation orchard
kecam condemn condemnation criticise criticize
kecamatan district subdistrict
kecil small little
kedua second both
kedutaan embassy
kejar chase pursue
kejut shock surprise
kekeringan drought
kelola manage managed management operate
keluar out exit leave
keluarga family
keluh complain complaint grievance
kelurahan village ward
kemarau drought dry
kembang develop developed development developing
kemudian then later
kenyang full
kepala head chief
kerah deploy deployment mobilise mobilize
kereta train carriage
kerja work
kerjasama cooperation cooperate partnership
keselamatan safety
ketahanan resilience security endurance
ketat strict tight
ketentuan provision regulation regulations rule rules terms
ketika when while
kilat lightning flash express
kini now
kiper goalkeeper keeper
kita we us
kiri left
kita we
kitab book scripture books
klasemen standings table
kota city town
kpk corruption commission
kpu election commission elections
kuasai control controlled seize capture dominate
kuat strong
kubu camp side faction
kubur bury grave burial
kudeta coup
kuliah college lecture university study studied studying
kuman germ bacteria
kunci key lock
kuning yellow
kurang less lack
kursus course
kutip quote cite
laga match game fixture games
lagi again more
lahan land plot field
lahir born birth
lain other another else
laki male man
laksamana admiral
laksana implement implementation carry carried conduct
laku sell sold
lakukan carry carried conduct perform undertake undertaken
lalu then past last
laman page website
landa hit struck ravaged swept
langgar violate violation breach
langka scarce scarcity shortage rare
langkah step measure measures move
lansia elder seniors
lansir reported report cite
lantik inaugurate inauguration sworn
lapangan field pitch ground
lapas prison penitentiary
larang ban banned prohibit forbid forbidden
latih train coach
laut sea ocean
layar screen sail
lebat heavy dense thick
lebih more than
leceh harass harassment belittle
ledak explode exploded explosion blast
lelah tired exhausted fatigue
lelang auction tender
lengser step stepped ousted
lestari sustainable preserve conservation
letnan lieutenant
lewat through via past
libat involve involvement implicated
libur holiday holidays vacation closed
liga league
lihat see saw seen look
lima five
lolos qualify qualification escape pass
longsor landslide
lowong vacant vacancy
luap overflow
luar outside foreign out
lukis paint painter
lulus graduate graduation pass
lumpuh paralysed paralyzed paralysis crippled
lunak soft software
lunas paid settled repaid
luncur launch slide
lurus straight
maaf sorry apologise apologize apology forgive pardon
mahal expensive
mahkamah court tribunal
maju advance advanced forward progress
maka then so therefore thus hence
makam tomb grave cemetery burial
makan eat ate eaten food meal
makanan food
makmur prosperous prosperity
malam night evening
malu shy ashamed embarrassed shame
mana where which
mandi bath bathe shower
manusia human humans people mankind
markas headquarters base
masak cook cooking ripe
masalah problem problems issue issues
masih still
masjid mosque
maskapai airline carrier
masuk enter entered
mata eye eyes
mati dead die died
mau want will
mayat body corpse
medsos social media
melalui through via
memang indeed
memiliki have has had own
memuji praise
mendadak sudden suddenly abrupt
mengawal escort guard oversee
mengesahkan ratify pass approve enact
menimbang weigh consider considered
meninggal died die death dead pass
meningkat increase rise rose risen grow grew
mereka they them their
merah red
merosot fall fell fallen decline drop dropped slump
milik own belong property
minggu week weeks sunday
minum drink drank
miskin poor poverty
mitra partner partnership
mobil car cars
modal capital
mogok strike stalled
mual nausea nauseous
mudah easy
mudik homecoming exodus
mulai start started begin began
mundur retreat withdraw withdrew withdrawal resign resignation
mungkin maybe perhaps possible might may
muda young
murah cheap inexpensive
murid pupil student students
musibah disaster calamity misfortune tragedy
musim season
musnah destroyed destroy extinct eradicate
nabi prophet
nama name names named
napas breath breathe respiratory
narapidana prisoner inmate convict
narkoba drug narcotics
nasabah customer customers client depositors
natal christmas
negara country state nation countries states
negeri country state
nenek grandmother grandma
neraca balance
neraka hell
niaga commerce commercial trade
nilai value
nyamuk mosquito
nyata real reality evident tangible
nyatakan stated declare declared
nyeri pain painful ache
obligasi bond
ojek motorcycle taxi
oleh by
omzet turnover revenue sale
ongkos cost costs fare fee
orang person people man
padam extinguish outage blackout
pagi morning
pahlawan hero
pailit bankrupt bankruptcy insolvent
paling most
paman uncle
pameran exhibition exhibit fair
panen harvest
pangan food
panggung stage
pangkalan base
pangkas cut trim trimmed slash
panglima commander chief
pantai beach coast
pantau monitor observe
pariwisata tourism tourist tourists
pasal article clause section
pasar market
pasok supply supplier
pasti sure certain certainly
patuh obey comply compliance obedient
patung statue sculpture
pecah break broke broken burst shattered split
pecat fire fired dismiss sack
pegang hold held holder
pegawai employee staff official
pejabat official
pekerjaan work job
pelaku perpetrator culprit offender
pelihara maintain maintenance keep raise
pemadam firefighter extinguisher
pembeli buyer purchaser
pembicara speaker
pemenang winner
pemerintah government
pemilih voter electorate
pemilik owner
pemuda youth young
penanda marker sign indicator
penanganan handle treatment response management
penasihat adviser advisor
pendaki climber hiker
pendapatan income revenue earnings
pendeta priest pastor minister
pendiri founder
penduduk population inhabitants residents
pendudukan occupation
pendukung supporter backers
penembak shooter gunman gunmen
penempatan placement deployment post
penerimaan revenue receipts acceptance admission
pengacara lawyer attorney counsel
pengakuan recognition admission confession acknowledgement
pengalaman experience
pengamat observer analyst
pengantin bride groom newlyweds wedding
pengaruh influence affect impact
pengawal bodyguard escort guard
pengeluaran expenditure expenses spending
pengesahan ratification passage approval
penggemar fan
pengguna user
pengikut follower
penguasa ruler
pengurus board management official
penjual seller vendor
penjualan sale sell
penonton spectator audience viewers crowd
pensiun pension retire retirement
penting important
penulis writer author
penyerang striker forward attacker
peran role part
perang war
perangkat device equipment hardware
peras extort extortion blackmail
perbaikan repair improvement
perbaiki repair fix improve restore
perdata civil
perempuan woman women female
pergi go went gone
perintah order ordered orders command instruct instruction
perkara case cases matter
perkira estimate expected predict
perkosa rape rapist
perlu need necessary
pernah ever once
perpustakaan library
pers press journalists
pertahanan defence defense
pertama first
perunggu bronze
perwira officer officers
pesantren boarding school seminary
pesawat plane aircraft airplane
peserta participant attendees contestants
pesisir coast coastal coastline
petahana incumbent
petir lightning thunder
phk layoff dismissal
piala cup trophy
pidato speech address
pihak party side
pilek cold runny
pilih choose chose elect
pilkada election elections regional
pimpin lead led leader leadership head headed leaders
pinggir edge side outskirts
pintar smart clever intelligent
pisah separate separation split apart
pokok main principal basic staple
polisi police
polres police
polri police
posko post command centre center shelter
potong cut cutting slice
prajurit soldier soldiers troops
prakiraan forecast
pria man men male
proyek project
pugar restore restoration renovate
puji praise
pulau island islands
pulang return home
pulih recover recovery restore
pun also even
pungut collect levy
punya have has
pupuk fertiliser fertilizer
pusing dizzy headache
putih white
putus decide decided decision ruling verdict break broke broken cut
racun poison poisonous toxic
ragu doubt doubtful hesitate hesitant
raih achieve win won gain earn
raksasa giant huge
rakyat people
ramal forecast predict
rampok rob robbed robbery robber
rancang design draft plan planned
rasa taste feel feeling
rata average flat
ratus hundred
rawat care treat treatment hospitalised hospitalized
rebut seize capture retake recapture
rekam record footage
rekening account
relawan volunteer
remaja teenager teen adolescent youth
rencana plan planned planning
rendah low
rendam submerge soak inundated
resep recipe prescription
retak crack
retas hack hacker
rezim regime
rilis release
rinci detail
riset research
roboh collapse topple
rokok cigarette smoke
rudal missile
rugi loss lose lost
rumah house home
runding negotiate negotiation talks
runtuh collapse crumble
rusak damaged broken
rusuh riot unrest chaos
ruu bill draft
saat moment time when
sabun soap
sah legal valid legitimate lawful
saham share stock equity
sahkan ratify pass approve enact
saing compete competition competitive competitor rival
sakit sick ill pain hospital
salah wrong mistake
salat prayer pray
salur distribute distribution channel channelled
sama same
sambut welcome greet
sampah garbage rubbish trash waste litter
sampai until reach arrived
sampaikan convey deliver express submit submitted
samudra ocean
sandera hostage
sandi password code cipher
sangat very
sangka suspect
santri student students pupil
sarjana graduate bachelor degree scholar
sasaran target goal
satpam guard security
satu one
saudara brother sibling relative
sawit palm
saya i me my
sebab because cause
sebelum before
sedang medium moderate currently
sedikit little few bit
segera immediately soon
sehingga so that
sejak since
sekarang now
sekitar around about approximately
sekolah school
sekutu ally
selalu always
selama during for
selamat safe survive survivor rescue congratulations
selat strait
selatan south southern
selenggara organise organize host organiser organizer
selidik investigate investigation investigator
selundup smuggle smuggler
sembako staple groceries necessities
sembuh recover heal cured
semua all every
sendiri own alone self
senang happy glad
sengketa dispute
senja dusk twilight
serah surrender handed submit submitted
serang attack attacks attacked assault raid
serbu storm stormed raid invade assault
sering often
sesak breath breathless tight cramped
setelah after
setiap every each
setuju agree agreed agreement approve
sewa rent rental lease hire
siaga alert standby readiness
siang afternoon day noon
siapa who
siar broadcast aired
siber cyber
sibuk busy
sidik investigate investigation investigator
singgah stop stopped stopover
sita seize confiscate seizure
soal question problem problems issue matter issues
sopir driver drivers
suap bribe bribery
subuh dawn
suci holy sacred pure
sudah already
suku tribe ethnic rate
sulit difficult hard
sumbang donate contribute contribution donation
sumber source
sungai river
suntik inject injection jab shot
surat letter
surga heaven paradise
surut recede ebb subside
swasta private
taat obey obedient comply devout
tabrak collide collision crash hit
tagih bill collect
tahan hold held withstand resist detain detention custody
tahanan detainee prisoner custody
tahap stage phase step
tahun year years
tambah add added additional increase
tambang mine miner
tanah land soil ground
tanam plant grow plants
tandai mark
tandatangan sign signature
tanding match compete
tangan hand hands arm
tangani handle tackle treat
tanggap respond response react reaction
tanggulang tackle combat overcome
tani farm farmer farmers agriculture agricultural
tanpa without
tantang challenge
tapi but
tari dance dancer
tarik pull withdraw withdrew withdrawal draw drew drawing
tawar offer offered bid bargain
tayang air aired broadcast screen show shown showed
tegak upright uphold enforce enforcement
tegas firm stress emphasise emphasize insist
tekan press pressure stress emphasise emphasize
teken sign
teluk bay gulf
tembaga copper
tempat place places site
tempati occupy inhabit
tempatkan place placed station stationed deploy places
tempuh travel travelled journey
tempur combat battle fight fought
temui meet met meeting
tenaga power energy labour labor workforce manpower
tengah middle central
tenggara southeast southeastern
tenggelam sink sank sunk drown
tentang about
tentu certainly course
tentukan determine determined decide decided
terap apply implement impose
terbang fly flew flight
terima receive received accept accepted
terjang hit struck battered swept
terlalu too
termasuk including include included
terowongan tunnel
tersangka suspect
tertentu certain particular specific
tes test
tetangga neighbour neighbor
tetapi but however
tetapkan determine determined establish designate
tiba arrive arrived
tidak not no
tiga three
tikam stab stabbed
tikus rat mouse mice
tilang ticket tickets fine
timah tin
timbang weigh consider considered consideration
timur east eastern
tinggal live stay lived
tinggalkan leave left abandon leaves
tinggi high tall
tingkatkan increase improve boost raise
tinjau review inspect visit visited observe visiting
tinju boxing boxer punch
tipu fraud scam cheat deceive deception
tni military army armed forces
tokoh figure leader leaders
tolak reject rejected refuse refused
tonton watch watching
topan typhoon storm cyclone
tua old
tuan master sir host lord
tubuh body
tuduh accuse allege allegation
tugas duty duties task assignment job
tuhan god lord gods
tujuh seven
tukar exchange swap trade
tular transmit transmitted contagious infectious spread
tuli deaf deafness
tulis write wrote written
tunai cash
tunda delay postpone
tunjuk point appoint
tuntut demand sue prosecute
turun down fall fell descend
uang money
ubah change changed changes alter amend
udara air
ujar said says
uji test trial
ulama cleric scholar
umkm smes business
umum general public
umur age
unduh download
undur resign resignation withdraw withdrew postpone
unggah upload post
unggul lead ahead superior excel
ungkap reveal disclose uncover
ungsi flee fled evacuate displaced refugee
untuk for to
untung profit gain lucky fortunately
upaya effort attempt bid
urus manage managed handle administer
urusan affairs affair
usia age
usul propose proposal suggest suggestion
usut investigate probe
utara north northern
uu law act laws legislation acts
wabah outbreak epidemic plague
wafat died death pass
waktu time
wali guardian mayor
walikota mayor
wanita woman women
warga citizen citizens resident residents
warganet netizen user
warisan heritage legacy inheritance
warna color colour colors
wasit referee umpire
waspada alert vigilant caution wary
wawancara interview
wayang puppet shadow
wewenang authority power jurisdiction
wujud realise realize form embody
yakin sure confident convinced certain believe believed
yang which who that
bekerja work worked working
berkata said say
mengatakan said say says
menurut according
pemilihan election elections
pemilu election elections
partai party
menteri minister
kementerian ministry
pasukan troops forces force
tentara army soldiers soldier troops
keamanan security
perdamaian peace
damai peace peaceful
kekerasan violence
serangan attack attacks
menyerang attack attacked
korban victim victims casualties
tewas killed dead died
luka injured wounded injury
rumah-sakit hospital
penjara prison jail
pengadilan court
hakim judge
saksi witness
kejahatan crime
pencurian theft
bunuh kill killed murder
tangkap arrest arrested catch
ditangkap arrested
laporan report
melaporkan reported report
kabarnya reportedly
mengumumkan announced announce
pengumuman announcement
keputusan decision
memutuskan decided decide
kebijakan policy policies
undang-undang law laws act
aturan rule rules regulation
peraturan regulation regulations
perjanjian agreement treaty
kesepakatan agreement deal
sepakat agree agreed
menolak refuse refused reject rejected
meminta asked ask request
permintaan request demand
bantuan help aid assistance
bantu help helped
membantu help helped
dukungan support
mendukung support supported
melawan against fight
lawan opponent against
pemimpin leader leaders
kepemimpinan leadership
ketua chairman chair head
wakil deputy vice representative
kepala chief head
raja king
ratu queen
kerajaan kingdom royal
kaisar emperor
rakyat people
masyarakat society community public people
penduduk population residents
pekerja worker workers
buruh labor labour workers
petani farmer farmers
nelayan fisherman fishermen
pedagang trader traders merchant
pengusaha businessman entrepreneur
perusahaan company companies firm
pabrik factory
industri industry industrial
perdagangan trade
ekonomi economy economic
keuangan financial finance
pajak tax taxes
utang debt
pinjaman loan
tabungan savings
harga price prices
naik rise rose increase up
kenaikan increase rise
turunnya decline
penurunan decrease decline
pertumbuhan growth
tumbuh grow grew growth
produksi production
hasil result results
ekspor export exports
impor import imports
minyak oil
gas gas
listrik electricity electric power
energi energy
bahan material materials
batu stone rock
emas gold
perak silver
besi iron
kayu wood timber
kertas paper
kaca glass
pakaian clothes clothing
sepatu shoes
tas bag
topi hat
kamar room bedroom
pintu door
jendela window
dinding wall
atap roof
lantai floor
meja table desk
kursi chair seat seats
tempat-tidur bed
dapur kitchen
kamar-mandi bathroom
toko shop store
restoran restaurant
hotel hotel
bandara airport
stasiun station
pelabuhan port harbor harbour
jembatan bridge
kendaraan vehicle vehicles
sepeda bicycle bike
motor motorcycle
bus bus
truk truck
kecelakaan accident crash
penumpang passenger passengers
perjalanan trip journey travel
wisata tourism tour tourist
wisatawan tourist tourists
turis tourist tourists
pengunjung visitor visitors
kunjungan visit
mengunjungi visit visited
jalan-jalan walk trip
liburan holiday vacation
budaya culture cultural
sejarah history historical
seni art arts
musik music
lagu song songs
penyanyi singer
film film movie
permainan game games play
main play played
olahraga sport sports
sepak football soccer
pertandingan match game
juara champion
menang win won
kalah lose lost
tim team
pemain player players
pelatih coach
bola ball
lomba race competition
hadiah prize award gift
penghargaan award honour honor
ilmuwan scientist scientists
penelitian research study
peneliti researcher researchers
penemuan discovery finding findings
ditemukan found discovered
temukan find found
percobaan experiment
laboratorium laboratory
obat drug medicine medication
penyakit disease illness
virus virus
kesehatan health
sehat healthy
pasien patient patients
perawat nurse
dokter doctor doctors
gigi tooth teeth
kulit skin leather
tulang bone bones
otak brain
jantung heart
paru lung lungs
darah blood
sel cell cells
hewan animal animals
binatang animal animals
burung bird birds
anjing dog dogs
kucing cat cats
kuda horse horses
sapi cow cattle
babi pig pork
ayam chicken
telur egg eggs
susu milk
nasi rice
beras rice
roti bread
gula sugar
garam salt
buah fruit
sayur vegetable vegetables
daging meat
kopi coffee
teh tea
pohon tree trees
bunga flower flowers interest
daun leaf leaves
rumput grass
tanaman plant plants
benih seed seeds
laut sea
pulau island
danau lake
gunung mountain mountains
bukit hill
lembah valley
gurun desert
es ice
salju snow
badai storm
banjir flood floods flooding
kebakaran fire fires
letusan eruption
cuaca weather
iklim climate
suhu temperature
panas hot heat
dingin cold
hangat warm
kering dry
basah wet
langit sky
matahari sun
bintang star stars
planet planet
bulan moon month
cahaya light
suara voice sound vote votes
bunyi sound
warna color
gambar picture
foto photo photograph
bahasa language
kalimat sentence
huruf letter letters
tulisan writing
buku book
majalah magazine
koran newspaper
media media
wartawan journalist journalists reporter
televisi television
internet internet
situs site website
komputer computer
telepon telephone phone
ponsel phone mobile
pesan message order
surel email emails
informasi information
data data
jaringan network
sistem system
program program programme
teknologi technology
mesin machine engine
robot robot
senjata weapon weapons arms
bom bomb
nuklir nuclear
ledakan explosion blast
meledak exploded explode
tembak shoot shot
ditembak shot
peluru bullet
perbatasan border
wilayah territory region area
provinsi province
kabupaten regency district
desa village
kampung village
ibukota capital
pusat center centre
kota city
jalan road
gedung building
istana palace
kantor office
sekolah school
universitas university
kampus campus
siswa student students pupil
mahasiswa student students
pelajar student students
pendidikan education
pelajaran lesson
ujian exam test
kelas class
ilmu science
pengetahuan knowledge
kebebasan freedom liberty
bebas free
merdeka independent free
kemerdekaan independence freedom
martabat dignity
keadilan justice
adil fair just
persamaan equality
sama equal same
perlindungan protection
lindung protect
melindungi protect protected
dilindungi protected
jaminan guarantee security
jaminan-sosial social
pernyataan declaration statement
perkawinan marriage
kawin marry married
nikah marry married
suami husband
istri wife
ibu mother
bapak father mr sir
anak child
bayi baby
keturunan descent
kewarganegaraan nationality citizenship
bangsa nation nations people
bangsa-bangsa nations
perserikatan united
umat mankind community
setiap every each
seorang person one
siapa who
apapun whatever any
sesuatu something
semua all
seluruh whole entire all
masing each
tiap each every
pikiran thought mind
hati conscience heart
agama religion
kepercayaan belief faith
beragama religion
berpendapat opinion
pendapat opinion
mengeluarkan express issue release
ungkapan expression
kehormatan honour honor
nama name
milik property
harta property
pekerjaan employment work job
upah pay wage wages remuneration
istirahat rest
cuti leave holidays
tanggung responsibility
kewajiban duty duties obligation
memilih elect choose vote
dipilih elected chosen
umum general public
rahasia secret
sukarela voluntary
paksa force forced compulsory
perbudakan slavery
budak slave slaves
penyiksaan torture
siksa torture
hukuman punishment penalty sentence
kejam cruel
sewenang arbitrary
tuduhan charge accusation
pidana criminal penal
bersalah guilty
tidak-bersalah innocent
berhak entitled right
hak right rights
tindakan act action acts measures
perlakuan treatment
diskriminasi discrimination
ras race
warna colour color
jenis sex kind
kelamin sex
bahasa language
politik political politics
sosial social
asal origin
kelahiran birth
kedudukan status position
status status
tuntutan claim demand
negara-negara states countries
anggota member
bersama together joint
perlu need
penuh full
lengkap complete full
hidup life
standar standard
kesejahteraan welfare well-being
makanan food
perumahan housing
perawatan care
pengangguran unemployment
janda widow widowhood
sakit sickness sick
cacat disability disabled
lanjut advanced
ketuaan old age
ibu-ibu mothers
keadaan circumstances condition situation
khusus special particular
tingkat level rate
dasar basic fundamental elementary
wajib compulsory obligatory
teknik technical
kejuruan vocational
tinggi higher high
kemampuan ability merit
kepribadian personality
toleransi tolerance
persahabatan friendship
orang-tua parents
kebudayaan cultural culture
ilmiah scientific
kemajuan progress advancement
manfaat benefits benefit
moril moral
material material
karya work works production
ketertiban order
tata order
internasional international
nasional national
sepenuhnya fully full
ditetapkan set forth determined
pembatasan limitations restrictions
moral morality moral
kepentingan interest interests
tujuan purpose purposes goal aim
prinsip principles principle
bertentangan contrary
ditafsirkan interpreted
kegiatan activity activities
perbuatan act acts deed
menghancurkan destruction destroy destroyed
penghancuran destruction
pergi go
datang come
lari run ran
duduk sit sat
berdiri stand stood
tidur sleep slept
bangun wake build
membangun build built
dibangun built
buat make made
membuat make made making
dibuat made
kirim send sent
mengirim send sent
terima accept received
dengar hear heard
mendengar hear heard
bicara speak talk spoke
berbicara speak talk spoke
tanya ask asked
bertanya ask asked
jawab answer answered
menjawab answer answered
tahu know knew known
mengetahui know knew
kenal know recognise recognize
ingat remember
lupa forget forgot
pikir think thought
berpikir think thought
percaya believe believed trust
rasa feel felt
merasa feel felt
harap hope
berharap hope hoped
takut afraid fear scared
marah angry
sedih sad
senyum smile
tertawa laugh laughed
menangis cry cried
tolong help please
coba try tried
mencoba try tried
gunakan use used
menggunakan use used using
digunakan used
pakai use wear
memakai use wear wore
dipakai used worn
buka open opened
membuka open opened
dibuka opened
tutup close closed
menutup close closed
ditutup closed
mulai start begin
memulai start begin started
selesai finish finished done complete
menyelesaikan finish complete completed
berhenti stop stopped
hentikan stop
tunggu wait
menunggu wait waited waiting
cari search look find
mencari search look seek
hilang lost
kehilangan lose lost loss
jual sell sold
menjual sell sold
dijual sold
beli buy bought
membeli buy bought
bayar pay paid
membayar pay paid
pinjam borrow
simpan keep save store
menyimpan keep save store
bawa bring carry brought carried
membawa bring carry brought carried
dibawa brought carried taken
kembali return back again
kembalikan return
pindah move moved
tinggal stay live
menjadi become became
terjadi happen happened occur occurred
kejadian event incident
peristiwa event incident
acara event program show
upacara ceremony
pesta party
pertemuan meeting
rapat meeting
konferensi conference
sidang session hearing trial
diskusi discussion
bicara talk
sebut mention called
menyebut mention called
disebut called named mentioned
nama name
jelaskan explain
menjelaskan explain explained
tunjukkan show
menunjukkan show showed shown
tampak appear seem appeared
terlihat seen appear appeared
kelihatan seen seems
muncul appear appeared emerge
hadir attend present
menghadiri attend attended
ikut join
bergabung join joined
keluar out leave left
masuk enter entered
naik up rise ride
turun down
atas top
buruk bad
jelek ugly bad
cantik beautiful pretty
indah beautiful lovely
bersih clean
kotor dirty
penuh full
kosong empty
panjang long length
pendek short
lebar wide width
sempit narrow
tebal thick
tipis thin
berat heavy
ringan light
keras hard loud
lembut soft gentle
kuat strong
lemah weak
cepat fast
lambat slow
pelan slow slowly
terlambat late
awal early
lama long old
baru new
muda young
tua old
sama same
beda different
berbeda different
mirip similar
seperti like as
sebagai as
daripada than
hanya only
saja only just
juga also
lagi again
masih still
sudah already
telah has have had already
belum yet
sedang currently
akan will
pernah ever
selalu always
kadang sometimes
jarang rarely
sering often
biasanya usually
tiba-tiba suddenly
segera soon immediately
nanti later
kemarin yesterday
besok tomorrow
hari-ini today
sekarang now
kini now
dahulu formerly past
lalu ago then
yang-lalu ago
depan next front
tahun year
abad century
dekade decade
minggu week
detik second seconds
menit minute minutes
jam hour hours
pukul o'clock at
tanggal date
kalender calendar
senin monday
selasa tuesday
rabu wednesday
kamis thursday
jumat friday
sabtu saturday
minggu sunday week
pertama first
kedua second
ketiga third
keempat fourth
kelima fifth
terakhir last final
berikutnya next following
sebelumnya previous previously before
setengah half
separuh half
seperempat quarter
persen percent
ribu thousand
juta million
miliar billion
triliun trillion
banyak many much lot
sedikit few little
beberapa several some
sebagian part some most
kebanyakan most
hampir almost
sekitar about around
lebih more
kurang less
paling most
sangat very
amat very
terlalu too
cukup enough
sekali very once
bahkan even
hanya only
mungkin perhaps maybe
tentu course certainly
pasti certainly sure
jika if
kalau if
apabila if when
walaupun although though
meskipun although despite though
namun however but
tetapi but
sehingga so
karena because
supaya so
maka so then
lalu then
kemudian then later
sementara while meanwhile
selama during
sejak since
hingga until up
sampai until
terhadap towards against on
kepada to
untuk for
dari from
ke to
di in at
pada on at in
oleh by
dengan with
tentang about
tanpa without
antara between among
bersama with together
seperti like
bagaimana how
mengapa why
kenapa why
kapan when
dimana where
di-mana where
berapa how many much
ini this
itu that
sini here
situ there
sana there
begini this way
begitu so
saya i
aku i
kamu you
anda you
dia he she
ia he she
beliau he she
kami we
kita we
mereka they
nya his her its their
milik belongs
punya has have
diri self
sendiri self own alone
banget very really so
nyaman comfortable cozy
bagus good nice great
merupakan is are
pemandangan view scenery
suka like love enjoy
teman friend friends
suasana atmosphere ambience
pelayanan service
pas right fit just
goreng fried fry
cocok suitable fit perfect match
lokasi location
lumayan quite decent fairly pretty
para the
serta and as well
jangan don't not
utama main primary
sesuai according appropriate accordance
menikmati enjoy enjoyed
bikin make makes made
luas wide spacious large broad
tetap still remain remained
ramah friendly
menarik interesting attractive
oke okay ok
terus continue keep then
unik unique
mengecewakan disappointing
disajikan served
terjangkau affordable
tak not no
cuma only just
agak rather somewhat bit
ramai crowded busy
kok why
bakar grilled burn burned
kecewa disappointed disappointing disappointment letdown
khas typical distinctive
masakan cooking dish dishes cuisine
tersedia available
barang goods items stuff
sambil while
pedas spicy hot
langsung directly immediately
rekomendasi recommendation recommend recommended
pasangan couple partner
yaitu namely
segar fresh
masa period time
ternyata turns turned apparently
macet traffic jam
kasus case cases
liar wild
bervariasi varied various
taman park garden
kasih give love
mantap great awesome
tiket ticket tickets
beragam diverse various
sore afternoon evening
terletak located
maupun and or
piring plate plates
malah instead even
apalagi especially moreover
walau although though
semakin increasingly more
berlangsung took place last lasted
menuju toward towards to
menyajikan serve serves served
paket package plan
parkir parking park
zaman era age times
macam kind kinds sort
kambing goat lamb
kuliner culinary food
habis finished out after
warung stall stalls
nikmat delicious enjoyable
gue i me my
lingkungan environment neighborhood
kue cake cakes
sejuk cool
direkomendasikan recommended
pelayan waiter waitress staff
pulsa credit
order order ordered
porsi portion portions
akibat result due because caused
ulang again repeat
layanan service services
terutama especially
berkunjung visit visiting
asli original authentic
transportasi transport transportation
relatif relatively relative
aplikasi app application
pokoknya basically
terkait related regarding
kelompok group
gaya style
lokal local
ruangan room
tepat exactly right precise
mandiri independent
cabang branch
makin increasingly more
kartu card
lidah tongue
bosan bored boring
menyesal regret
padahal whereas although
serikat united
bulu feather feathers fur
gagal fail failed
kondisi condition conditions
sisi side
terasa feel felt tastes
sederhana simple
parah bad severe terrible
mohon please
nongkrong hang
kesal annoyed irritated
keren cool
berarti means meaning
demi for sake
dewasa adult adults
per per
jarak distance
dibandingkan compared
bila if when
halaman page yard
rute route
raya great
santai relaxed relax
gurih savory tasty
bubur porridge
belanja shopping shop
gua cave i
minimal minimum least
kuno ancient old
memahami understand
urutan order sequence
dewa god gods
kira think guess
boleh may can allowed
arus current flow
pelanggan customer customers
memuaskan satisfying satisfied
bau smell
tenang calm quiet
tergolong considered
kayak like
minta ask asked
sayang pity shame love
selera taste appetite
mie noodles noodle
sungguh truly really
menginap stay stayed
isi contents fill
penasaran curious
transaksi transaction
gara because
mampu able capable
kebutuhan needs need
teori theory
petugas officer officers staff
mendorong push encourage
serupa similar
tambahan additional extra
mencapai reach reached
dataran plain plains
perilaku behavior behaviour
resmi official officially
berubah change changed
pertunjukan show performance
pula also
berenang swim swimming
gangguan disruption disorder
menyediakan provide provides
disarankan advised recommended
cenderung tend tends
lezat delicious
asin salty
pisang banana
istimewa special
penyajian presentation serving
puas satisfied
pacar boyfriend girlfriend
payah lousy bad
biar so let
segi aspect terms
dibanding compared
perubahan change changes
misalnya example instance
berkembang develop developed developing
gubernur governor
diketahui known
daya power
dilaporkan reported
contoh example
usaha business effort
satwa wildlife animals
kotak box
posisi position
lintas across cross
rekan colleague colleagues
dianggap considered
pengemudi driver drivers
ukuran size
artinya means
aneh strange weird
kuil temple
menonton watch watching
istilah term
segala all every
pendakian climb climbing hike
daftar list
tamu guest guests
bilang say said
disediakan provided
kuah soup broth
sup soup
hambar bland
dikunjungi visited
ketagihan addicted
dikasih given
sebanding comparable worth
tadi earlier just
ditawarkan offered
kepiting crab
udang shrimp prawn
ahli expert experts
alih over switch
arah direction
dana fund funds
enam six
menyatakan stated state declared
mengenai about regarding
dampak impact effect
sayangnya unfortunately
guna use for
tiongkok china chinese
pekan week
ruang space room
roda wheel wheels
akal mind reason
jalur route track lane
semoga hopefully hope
logam metal
rusa deer
serangga insect insects
sawah paddy rice
tanda sign
rempah spice spices
campuran mixture mix
bertemu meet met
saran suggestion advice
pesiar cruise
hidangan dish dishes
susah difficult hard
kumpul gather gathered
cemburu jealous
menambah add added
mampir stop drop
menyebalkan annoying
eropa europe european
afrika africa african
amerika america american
inggris english britain british
jepang japan japanese
jerman germany german
prancis france french
spanyol spain spanish
italia italy italian
swedia sweden swedish
india india indian
asia asia asian
australia australia australian
kanada canada canadian
filipina philippines philippine
jawa java javanese
mengaku admit admitted claim claimed confess
terdiri consist consists comprising comprises
terdapat exist exists found located
kesempatan opportunity opportunities chance
keterangan statement information description explanation
kependudukan population demographic
`;
