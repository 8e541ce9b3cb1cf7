/**
 * Sejajar's own small Indonesian–English word list, written for this
 * project from general knowledge of both languages (no external source).
 * Each line: an Indonesian base word, then English words it is commonly
 * translated by (inflected English forms listed where they are irregular).
 * Used only as alignment evidence, so it favours frequent content words.
 */
export const LEXICON_TEXT = `
ada there exist exists have has is are
adalah is are was were
adik sibling brother sister younger
agama religion religious
agar so order
air water
ajar teach taught learn
akan will would shall
akhir end last final late
akhirnya finally eventually
aku i me
alam nature natural
alasan reason reasons
alat tool tools device equipment
aman safe secure safety
ambil take took taken
anak child children kid kids son daughter
anggota member members
angin wind
angka number figure digit
antara between among
apa what
apakah whether
api fire
atas on above over top upper
atau or
awal beginning early start
ayah father dad
baca read
badan body agency
bagaimana how
bagi for
bagian part section
bahasa language
bahkan even
bahwa that
baik good well both fine
baju clothes shirt dress
baru new just recently
barat west western
batas limit border boundary
bawah under below beneath lower
bayar pay paid payment
beberapa several some few
begitu so such
belajar learn study studied studying
belakang back behind rear
beli buy bought
belum not yet
benar true right correct
bencana disaster
bentuk form shape
berat heavy weight
berbagai various
berhasil succeed succeeded managed successful
beri give gave given
berita news
besar big large great major
biaya cost costs fee
biasa usual ordinary common
bisa can could able
bisnis business
bukan not
buku book books
bulan month months moon
bumi earth
buruk bad poor
cara way method manner
cepat fast quick quickly
cerita story
cinta love
cukup enough quite
daerah region area regional
dalam in inside within deep
dan and
dapat can could able get got
darah blood
dari from of
darat land
datang come came arrive arrived
dekat near close
dengan with by
depan front next
dewan council board
di in at on
dia he she him her
diri self
dokter doctor
dua two
dulu before formerly first
dunia world global
empat four
enak delicious tasty nice
engkau you
gambar picture image drawing
ganti change replace
gedung building
gelap dark
gempa earthquake quake
gereja church
gratis free
guru teacher
gunung mountain volcano
hak right rights
hal thing matter case
hampir almost nearly
hanya only just
harga price prices
hari day days
harus must should have
hasil result results outcome
hati heart liver
hidup life live living alive
hijau green
hilang lost missing disappear disappeared
hitam black
hubungan relation relations relationship
hujan rain
hukum law legal
hutan forest
ibu mother mom
ikan fish
ikut follow join
ilmu science knowledge
ingin want wish
ini this these
istri wife
itu that those it
jadi become became so
jalan road street way walk
jam hour hours clock
jarang rarely seldom
jatuh fall fell fallen
jauh far
jelas clear clearly
jenis type kind species
juga also too
jumlah number amount total
kabar news
kaki foot feet leg legs
kali time times
kalian you
kami we us
kamu you
kanan right
kantor office
kapal ship boat vessel
karena because since
kata word said say
kaya rich
ke to
kecil small little
kedua second both
keluar out exit leave
keluarga family
kemudian then later
kepala head chief
kereta train carriage
kerja work
ketika when while
kini now
kita we us
kiri left
kita we
kota city town
kuat strong
kuning yellow
kurang less lack
lagi again more
lahir born birth
lain other another else
laki male man
laku sell sold
lalu then past last
laut sea ocean
lebih more than
lewat through via past
lihat see saw seen look
lima five
luar outside foreign out
lurus straight
mahal expensive
maka then so therefore thus hence
makan eat ate eaten food meal
makanan food
malam night evening
mana where which
manusia human humans people mankind
masalah problem problems issue issues
masih still
masuk enter entered
mata eye eyes
mati dead die died
mau want will
melalui through via
memang indeed
memiliki have has had own
mereka they them their
merah red
milik own belong property
minggu week weeks sunday
minum drink drank
mobil car cars
mudah easy
mulai start started begin began
mungkin maybe perhaps possible might may
muda young
murah cheap inexpensive
musim season
nama name names named
negara country state nation countries states
negeri country state
nilai value
oleh by
orang person people man
pagi morning
paling most
pantai beach coast
pasar market
pasti sure certain certainly
pekerjaan work job
pemerintah government
penduduk population inhabitants residents
penting important
perang war
perempuan woman women female
pergi go went gone
perlu need necessary
pernah ever once
pertama first
pesawat plane aircraft airplane
pihak party side
pilih choose chose elect
polisi police
pria man men male
pulau island islands
pulang return home
pun also even
punya have has
putih white
rakyat people
rasa taste feel feeling
ratus hundred
rendah low
rumah house home
rusak damaged broken
saat moment time when
sakit sick ill pain hospital
salah wrong mistake
sama same
sampai until reach arrived
sangat very
satu one
saudara brother sibling relative
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
selalu always
selama during for
selatan south southern
semua all every
sendiri own alone self
senang happy glad
sering often
setelah after
setiap every each
siang afternoon day noon
siapa who
sudah already
sulit difficult hard
sumber source
sungai river
surat letter
tahun year years
tanah land soil ground
tangan hand hands arm
tanpa without
tapi but
tempat place places site
tengah middle central
tentang about
tentu certainly course
terbang fly flew flight
terima receive received accept accepted
terlalu too
termasuk including include included
tetapi but however
tiba arrive arrived
tidak not no
tiga three
timur east eastern
tinggal live stay lived
tinggi high tall
tua old
tubuh body
tujuh seven
tulis write wrote written
turun down fall fell descend
uang money
udara air
umum general public
umur age
untuk for to
urusan affairs affair
usia age
utara north northern
waktu time
wanita woman women
warga citizen citizens resident residents
warna color colour colors
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
`;
