/** The material file type table, OFD recognition from a zip's directory, and stored file names. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeFileName, MAX_FILE_NAME_LENGTH } from '../../../runtime/files/file-name.js';
import { acceptAttribute, describeTypes, FILE_TYPES, materialFileType, MATERIAL_FILE_TYPES } from '../../../runtime/files/file-types.js';
import { isOfdPackage, zipEntryNames } from '../../../runtime/files/zip-entries.js';
import { ofdBytes, pdfBytes, zipBytes } from './sample-files.js';

describe('file types', () => {
  it('given the material schema, when its FileTypes vocabulary is read, then the table covers exactly it, in order', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/json/material.schema.json', import.meta.url), 'utf8'));
    expect(MATERIAL_FILE_TYPES).toEqual(schema.$defs.fileTypes.items.enum);
  });

  it.each<[string | undefined, boolean, string | undefined]>([
    ['pdf', false, 'pdf'], ['jpg', false, 'jpg'], ['png', false, 'png'], ['docx', false, 'docx'], ['xlsx', false, 'xlsx'],
    ['zip', false, 'zip'], ['zip', true, 'ofd'],
    ['exe', false, undefined], ['jar', false, undefined], ['epub', false, undefined], ['pptx', false, undefined], [undefined, false, undefined],
  ])('given file-type says %s (OFD root entry: %s), when mapped, then the material type is %s', (ext, ofd, expected) => {
    expect(materialFileType(ext, ofd)).toBe(expected);
  });

  it('given some types, when turned into an accept attribute and words, then both list them', () => {
    expect(acceptAttribute(['pdf', 'jpg'])).toBe('.pdf,application/pdf,.jpg,.jpeg,image/jpeg');
    expect(describeTypes(['pdf', 'jpg', 'ofd'])).toBe('PDF, JPEG image or OFD document');
    expect(describeTypes(['pdf'])).toBe('PDF');
    expect(FILE_TYPES.ofd.mediaType).toBe('application/ofd');
  });
});

describe('zipEntryNames', () => {
  const ofd = ofdBytes();
  const withComment = Buffer.concat([ofd.subarray(0, ofd.length - 2), Buffer.from([5, 0]), Buffer.from('hello')]);

  it.each<[string, Uint8Array, string[] | undefined]>([
    ['an OFD package', ofd, ['OFD.xml', 'Doc_0/Document.xml']],
    ['a zip with an archive comment', withComment, ['OFD.xml', 'Doc_0/Document.xml']],
    ['a zip with UTF-8 names', zipBytes({ '申请书.txt': 'x' }), ['申请书.txt']],
    ['a PDF', pdfBytes(), undefined],
    ['a zip cut short', ofd.subarray(0, ofd.length - 30), undefined],
    ['an end record pointing past itself', (() => { const b = Buffer.from(ofd); b.writeUInt32LE(b.length, b.length - 6); return b; })(), undefined],
    ['nothing', new Uint8Array(0), undefined],
  ])('given %s, when read, then the names are %j', (_given, bytes, expected) => {
    expect(zipEntryNames(bytes)).toEqual(expected);
  });

  it.each<[string, Uint8Array, boolean]>([
    ['OFD.xml at the root', ofd, true],
    ['OFD.xml in a folder', zipBytes({ 'a/OFD.xml': 'x' }), false],
    ['ofd.xml in lower case', zipBytes({ 'ofd.xml': 'x' }), false],
    ['no zip at all', pdfBytes(), false],
  ])('given %s, when checked, then isOfdPackage is %s', (_given, bytes, expected) => {
    expect(isOfdPackage(bytes)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each<[string, Parameters<typeof safeFileName>[1], string]>([
    ['营业执照.pdf', 'pdf', '营业执照.pdf'],
    ['Scan.PDF', 'pdf', 'Scan.PDF'],
    ['photo.jpeg', 'jpg', 'photo.jpeg'],
    ['C:\\fakepath\\申请表.docx', 'docx', '申请表.docx'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['photo.jpg', 'png', 'photo.png'],
    ['evil.exe', 'png', 'evil.exe.png'],
    ['Zhang.San', 'pdf', 'Zhang.San.pdf'],
    ['report', 'xlsx', 'report.xlsx'],
    ['photo\u202Egpj.exe', 'jpg', 'photogpj.exe.jpg'],
    ['a\u0000b\nc.pdf', 'pdf', 'abc.pdf'],
    ['  ..hidden.pdf.. ', 'pdf', 'hidden.pdf'],
    ['what?<now>:"x"|*.pdf', 'pdf', 'what__now___x___.pdf'],
    ['...', 'pdf', 'file.pdf'],
    ['', 'zip', 'file.zip'],
    ['CON.pdf', 'pdf', '_CON.pdf'],
    ['e\u0301.pdf', 'pdf', 'é.pdf'],
  ])('given %j as a %s, when sanitised, then it is %j', (raw, type, expected) => {
    expect(safeFileName(raw, type)).toBe(expected);
  });

  it.each([
    ['a long ASCII name', `${'a'.repeat(300)}.pdf`],
    ['a long Chinese name', `${'营'.repeat(300)}.pdf`],
    ['a long name of emoji (surrogate pairs)', `${'📄'.repeat(150)}.pdf`],
  ])('given %s, when sanitised, then it keeps its extension within the limit without splitting a character', (_given, raw) => {
    const name = safeFileName(raw, 'pdf');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.length).toBeGreaterThan(MAX_FILE_NAME_LENGTH - 2);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(/\p{Cs}/u.test(name)).toBe(false);
  });
});
