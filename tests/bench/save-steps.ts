import type { Request } from 'autocannon';

/**
 * What an editor does in the load test. Each kind of save (importing a
 * document, editing a segment once that API exists) is one of these, so the
 * benchmark does not change when the editing API arrives.
 */
export interface SaveStep {
  name: string;
  /** The autocannon request for one save; called afresh for every save. */
  request(index: number): Request;
  /** Called with each answer; returns the saved item's key when the save was acknowledged. */
  acknowledged(status: number, body: string): string | null;
  /** Checks after the run that the item is really there. */
  isPresent(baseUrl: string, key: string, token: string): Promise<boolean>;
}

const paragraphs = (index: number) =>
  [
    `Dokumen uji beban nomor ${index}. Pemerintah mengumumkan kebijakan baru hari ini.`,
    'Para pejabat menjelaskan rinciannya kepada wartawan di Jakarta.',
    'Kebijakan itu mulai berlaku bulan depan.',
  ].join('\n\n');

const translation = [
  'The government announced a new policy today.',
  'Officials explained the details to reporters in Jakarta.',
  'The policy takes effect next month.',
].join('\n\n');

/** Imports a small translated document through POST /api/documents with an API token. */
export function importDocumentStep(token: string): SaveStep {
  return {
    name: 'import a document (POST /api/documents)',
    request: (index) => ({
      method: 'POST',
      path: '/api/documents',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: `Uji beban ${index}`, source: paragraphs(index), translation }),
    }),
    acknowledged: (status, body) => (status === 201 ? String((JSON.parse(body) as { id: number }).id) : null),
    async isPresent(baseUrl, key) {
      const res = await fetch(`${baseUrl}/api/documents/${key}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) return false;
      const doc = (await res.json()) as { source: unknown[]; translation: unknown[] };
      return doc.source.length === 3 && doc.translation.length === 3;
    },
  };
}

/**
 * Saves English segments through PUT /api/segments/:id, as post-editors do. Saves go round the
 * given segments, so no two in flight touch the same one, and each names the version it last saw:
 * a 409 here would be a lost version, and counts as a failed save.
 */
export function saveSegmentStep(token: string, segmentIds: readonly number[]): SaveStep {
  const versions = new Map<number, number>(segmentIds.map((id) => [id, 1]));
  return {
    name: 'save an English segment (PUT /api/segments/:id)',
    request: (index) => {
      const id = segmentIds[index % segmentIds.length]!;
      return {
        method: 'PUT',
        path: `/api/segments/${id}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ text: `Edited sentence number ${index}.`, version: versions.get(id) }),
      };
    },
    acknowledged: (status, body) => {
      if (status !== 200) return null;
      const { segment } = JSON.parse(body) as { segment: { id: number; version: number; text: string } };
      versions.set(segment.id, segment.version);
      return JSON.stringify([segment.id, segment.version, segment.text]);
    },
    async isPresent(baseUrl, key) {
      const [id, version, text] = JSON.parse(key) as [number, number, string];
      const res = await fetch(`${baseUrl}/api/segments/${id}/revisions`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) return false;
      const { revisions } = (await res.json()) as { revisions: { version: number; text: string }[] };
      return revisions.some((r) => r.version === version && r.text === text);
    },
  };
}
