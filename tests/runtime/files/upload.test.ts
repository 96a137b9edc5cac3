/**
 * `uploadHandler` on a bare express app over real multipart requests (Node's FormData + Blob with
 * fetch, on an ephemeral port), with an in-memory store.
 */
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../../runtime/server/http/error-handler.js';
import { uploadHandler, type UploadedFile, type UploadOptions } from '../../../runtime/files/upload.js';
import { docxBytes, exeBytes, jpegBytes, ofdBytes, pdfBytes, pngBytes, zipBytes } from './sample-files.js';

/** The store the handler writes to: remembers every file. */
class MemoryStore {
  readonly files: UploadedFile[] = [];
  async putFile(file: UploadedFile): Promise<void> {
    this.files.push(file);
  }
}

interface Mounted {
  url: string;
  store: MemoryStore;
  server: Server;
}

const servers: Server[] = [];

async function mount(options: Partial<UploadOptions> = {}): Promise<Mounted> {
  const store = new MemoryStore();
  let n = 0;
  const app = express();
  app.post('/api/files', uploadHandler({ store, newId: () => `file-${++n}`, ...options }));
  app.use(errorHandler(pino({ level: 'silent' })));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/files`, store, server };
}

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** POSTs one file in the field `file` (or the given parts) and reads the JSON answer. */
async function upload(url: string, parts: Array<[field: string, bytes: Uint8Array | string, name?: string, type?: string]>): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [field, bytes, name, type] of parts) {
    if (typeof bytes === 'string' && name === undefined) form.append(field, bytes);
    else form.append(field, new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type: type ?? 'application/octet-stream' }), name);
  }
  const res = await fetch(url, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('uploadHandler: accepted by content', () => {
  let mounted: Mounted;
  beforeAll(async () => { mounted = await mount(); });

  it.each<[string, Buffer, string, string, string, string]>([
    ['a PNG', pngBytes(), 'photo.png', 'png', 'image/png', 'photo.png'],
    ['a PDF with a Chinese name', pdfBytes(), '营业执照.pdf', 'pdf', 'application/pdf', '营业执照.pdf'],
    ['a JPEG', jpegBytes(), 'IMG_0001.JPG', 'jpg', 'image/jpeg', 'IMG_0001.JPG'],
    ['an OFD package (a zip with OFD.xml at its root)', ofdBytes(), '电子证照.ofd', 'ofd', 'application/ofd', '电子证照.ofd'],
    ['a plain zip', zipBytes({ 'readme.txt': 'hello' }), 'scans.zip', 'zip', 'application/zip', 'scans.zip'],
    ['a zip with OFD.xml only in a folder', zipBytes({ 'docs/OFD.xml': '<x/>' }), 'docs.ofd', 'zip', 'application/zip', 'docs.zip'],
    ['a .docx', docxBytes(), '管理制度.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '管理制度.docx'],
    ['a PDF sent with a path for a name', pdfBytes(), '../../etc/passwd.pdf', 'pdf', 'application/pdf', 'passwd.pdf'],
    ['a PNG named as a JPEG', pngBytes(), 'photo.jpg', 'png', 'image/png', 'photo.png'],
  ])('given %s, when uploaded, then it is stored and described from its bytes (201)', async (_given, bytes, name, type, mediaType, storedName) => {
    const before = mounted.store.files.length;
    const { status, body } = await upload(mounted.url, [['file', bytes, name, 'application/octet-stream']]);
    expect(status).toBe(201);
    expect(body).toEqual({ id: `file-${before + 1}`, sha256: sha256(bytes), size: bytes.length, mediaType, type, name: storedName });
    const stored = mounted.store.files[before];
    expect({ ...stored, bytes: Buffer.from(stored.bytes).equals(bytes) }).toEqual({ ...body, type: undefined, bytes: true });
  });
});

describe('uploadHandler: refused', () => {
  let mounted: Mounted;
  let pdfOnly: Mounted;
  let small: Mounted;
  beforeAll(async () => {
    mounted = await mount();
    pdfOnly = await mount({ allowedTypes: ['pdf'] });
    small = await mount({ maxBytes: 1024 });
  });

  it.each<[string, () => Mounted, Uint8Array | string, string, string, RegExp]>([
    ['a text file renamed .pdf, sent as application/pdf', () => mounted, 'hello, this is not a PDF', 'form.pdf', 'application/pdf', /it is no known file type$/],
    ['evil.exe renamed photo.jpg', () => mounted, exeBytes(), 'photo.jpg', 'image/jpeg', /it is a \.exe file$/],
    ['a PNG where only PDF is allowed', () => pdfOnly, pngBytes(), 'scan.pdf', 'application/pdf', /^must be PDF, judged by its content; it is PNG image$/],
    ['an OFD package where only PDF is allowed', () => pdfOnly, ofdBytes(), 'doc.pdf', 'application/pdf', /it is OFD document$/],
  ])('given %s, when uploaded, then 415 UNSUPPORTED_MEDIA_TYPE and nothing is stored', async (_given, target, bytes, name, type, detail) => {
    const { url, store } = target();
    const before = store.files.length;
    const { status, body } = await upload(url, [['file', typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name, type]]);
    expect(status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.error.message).toMatch(/^the file is not an accepted type: /);
    expect(body.error.details).toHaveLength(1);
    expect(body.error.details[0].path).toBe('/file');
    expect(body.error.details[0].message).toMatch(detail);
    expect(store.files.length).toBe(before);
  });

  it('given a file one byte over the limit, when uploaded, then 413 PAYLOAD_TOO_LARGE and nothing is stored', async () => {
    const { status, body } = await upload(small.url, [['file', Buffer.concat([pdfBytes(), Buffer.alloc(1025)]), 'big.pdf']]);
    expect(status).toBe(413);
    expect(body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'the file is too large: it must be at most 1024 bytes (0 MiB)', details: [{ path: '/file', message: 'must be at most 1024 bytes (0 MiB)' }] });
    expect(small.store.files).toEqual([]);
  });

  it('given a file exactly at the limit, when uploaded, then it is accepted', async () => {
    const bytes = Buffer.concat([pdfBytes(), Buffer.alloc(1024 - pdfBytes().length)]);
    expect(bytes.length).toBe(1024);
    expect((await upload(small.url, [['file', bytes, 'edge.pdf']])).status).toBe(201);
  });

  it('given the default limit, when 10 MiB and one byte are uploaded, then 413', async () => {
    const { status, body } = await upload(mounted.url, [['file', Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024 + 1 - pdfBytes().length)]), 'big.pdf']]);
    expect(status).toBe(413);
    expect(body.error.details).toEqual([{ path: '/file', message: 'must be at most 10485760 bytes (10 MiB)' }]);
  });

  it.each<[string, () => Promise<Response>, string, RegExp]>([
    ['a multipart body with no file', () => fetch(mounted.url, { method: 'POST', body: formWith([['note', 'hello']]) }), 'BAD_REQUEST', /^no file was sent/],
    ['a JSON body', () => fetch(mounted.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"file":"x"}' }), 'BAD_REQUEST', /^no file was sent/],
    ['two files', () => fetch(mounted.url, { method: 'POST', body: formWith([['file', pdfBytes(), 'a.pdf'], ['file', pdfBytes(), 'b.pdf']]) }), 'BAD_REQUEST', /^send exactly one file/],
    ['a file in another field', () => fetch(mounted.url, { method: 'POST', body: formWith([['upload', pdfBytes(), 'a.pdf']]) }), 'BAD_REQUEST', /^send exactly one file/],
    ['a truncated multipart body', () => fetch(mounted.url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XYZ' }, body: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4' }), 'BAD_REQUEST', /^the multipart body could not be read/],
  ])('given %s, when posted, then 400 and nothing is stored', async (_given, send, code, message) => {
    const before = mounted.store.files.length;
    const res = await send();
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(mounted.store.files.length).toBe(before);
  });

  it.each<[string, Partial<UploadOptions>, RegExp]>([
    ['a zero limit', { maxBytes: 0 }, /maxBytes must be a positive integer/],
    ['an unknown type', { allowedTypes: ['exe' as never] }, /allowedTypes must name material file types .*not: exe/],
    ['no types', { allowedTypes: [] }, /allowedTypes must name material file types/],
  ])('given %s, when the handler is created, then it throws', (_given, options, message) => {
    expect(() => uploadHandler({ store: new MemoryStore(), ...options })).toThrow(message);
  });
});

function formWith(parts: Array<[field: string, value: Uint8Array | string, name?: string]>): FormData {
  const form = new FormData();
  for (const [field, value, name] of parts) {
    if (typeof value === 'string') form.append(field, value);
    else form.append(field, new Blob([new Uint8Array(value)]), name);
  }
  return form;
}
