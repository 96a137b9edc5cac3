/**
 * The online application's pure model over the demo 食品经营许可（新办）: the materials list follows
 * the situation and the answers (the engine's rules), rows settle by files or an allowed other way,
 * and the POST /api/cases body carries exactly the needed materials as chosen.
 */
import { describe, expect, it } from 'vitest';
import { foodBusinessLicenseNew } from '../../../../catalog/demo/matters/food-business-license.js';
import { checkMaterials } from '../../../../catalog/form/submission-materials.js';
import {
  acceptOf,
  buildApplication,
  cleanApplicant,
  entryReady,
  modesOf,
  neededMaterials,
  typeAccepted,
  unsettled,
  type MaterialEntries,
} from '../../../../runtime/web/portal/apply/application.js';

const def = foodBusinessLicenseNew();
const ids = (ms: Array<{ id: string }>) => ms.map((m) => m.id);
const material = (id: string) => def.materials.find((m) => m.id === id)!;
const applicant = { kind: 'legal_person' as const, name: ' 汉江市示例餐饮有限公司 ', idType: 'uscc' as const, idNumber: '91350100m000100y43', phone: '13800138000 ', email: ' ' };

describe('neededMaterials: the list follows the situation and the answers', () => {
  const cases: Array<{ when: string; situation?: string; answers: Record<string, unknown>; has: string[]; lacks: string[] }> = [
    { when: 'a company, no answers', situation: 'company', answers: {}, has: ['application-form', 'legal-rep-id-proof', 'safety-manager'], lacks: ['operator-id-card', 'online-sales', 'commitment-letter'] },
    { when: 'an individual business', situation: 'individual', answers: {}, has: ['operator-id-card'], lacks: ['legal-rep-id-proof'] },
    { when: 'online sales switched on', situation: 'company', answers: { hasOnlineSales: true }, has: ['online-sales'], lacks: ['commitment-letter'] },
    { when: 'online sales switched off again', situation: 'company', answers: { hasOnlineSales: false }, has: [], lacks: ['online-sales'] },
    { when: 'an agent applies', situation: 'company', answers: { hasAgent: true }, has: ['power-of-attorney', 'agent-id-card'], lacks: [] },
    { when: 'no situation chosen yet', answers: {}, has: ['application-form'], lacks: ['legal-rep-id-proof', 'operator-id-card'] },
  ];
  for (const c of cases) {
    it(`given ${c.when}, lists what the server's check asks for`, () => {
      const needed = ids(neededMaterials(def, c.situation, c.answers));
      for (const id of c.has) expect(needed).toContain(id);
      for (const id of c.lacks) expect(needed).not.toContain(id);
      // The server's own completeness check names exactly these (none given) as required or deferred.
      const server = checkMaterials(def, c.situation, c.answers, []);
      const asked = [...server.errors.map((e) => e.path.replace('/materials/', '')), ...server.deferred.map((d) => d.materialId)];
      expect(asked.sort()).toEqual([...needed].sort());
    });
  }
});

describe('modesOf and entryReady', () => {
  it('offers 容缺 only for deferrable, 告知承诺 only for waivable, paper unless electronic only', () => {
    expect(modesOf(material('safety-manager'))).toEqual(['upload', 'deferred', 'paper']);
    expect(modesOf(material('safety-rules'))).toEqual(['upload', 'committed', 'paper']);
    expect(modesOf(material('online-sales'))).toEqual(['upload']);
  });
  it('settles a row by files, or by an allowed other way, never by a mode the material refuses', () => {
    expect(entryReady(material('application-form'), undefined)).toBe(false);
    expect(entryReady(material('application-form'), { mode: 'upload', files: [] })).toBe(false);
    expect(entryReady(material('application-form'), { mode: 'upload', files: [{ id: 'F1', name: 'a.pdf' }] })).toBe(true);
    expect(entryReady(material('safety-manager'), { mode: 'deferred', files: [] })).toBe(true);
    expect(entryReady(material('application-form'), { mode: 'deferred', files: [] })).toBe(false);
    expect(entryReady(material('online-sales'), { mode: 'paper', files: [] })).toBe(false);
  });
  it('unsettled lists the open rows in the matter order', () => {
    const needed = neededMaterials(def, 'company', {});
    const entries: MaterialEntries = { 'application-form': { mode: 'upload', files: [{ id: 'F1', name: 'a.pdf' }] }, 'safety-manager': { mode: 'deferred', files: [] } };
    const open = ids(unsettled(needed, entries));
    expect(open).not.toContain('application-form');
    expect(open).not.toContain('safety-manager');
    expect(open[0]).toBe('business-license');
  });
});

describe('buildApplication: the POST /api/cases body', () => {
  const file = (id: string) => ({ mode: 'upload' as const, files: [{ id, name: `${id}.pdf` }] });

  it('sends files, 容缺, 告知承诺 and paper as the server reads them; unsettled rows left for the server to name', () => {
    const needed = neededMaterials(def, 'company', {});
    const body = buildApplication({
      matterCode: def.code,
      situation: 'company',
      applicant,
      answers: { operatorName: 'x' },
      needed,
      entries: {
        'application-form': file('F1'),
        'safety-manager': { mode: 'deferred', files: [] },
        'safety-rules': { mode: 'committed', files: [] },
        'layout-and-process': { mode: 'paper', files: [] },
        'business-license': { mode: 'upload', files: [] },
      },
    });
    expect(body.materials).toEqual([
      { materialId: 'application-form', fileIds: ['F1'] },
      { materialId: 'layout-and-process', status: 'provided' },
      { materialId: 'safety-rules', status: 'committed' },
      { materialId: 'safety-manager', status: 'deferred' },
    ]);
    expect(body).toMatchObject({ matterCode: def.code, situation: 'company', data: { operatorName: 'x' } });
  });

  it('drops the files of a material no longer needed after an answer changed', () => {
    const entries: MaterialEntries = { 'online-sales': file('F9'), 'application-form': file('F1') };
    const before = buildApplication({ matterCode: def.code, situation: 'company', applicant, answers: { hasOnlineSales: true }, needed: neededMaterials(def, 'company', { hasOnlineSales: true }), entries });
    const after = buildApplication({ matterCode: def.code, situation: 'company', applicant, answers: { hasOnlineSales: false }, needed: neededMaterials(def, 'company', { hasOnlineSales: false }), entries });
    expect(ids(before.materials.map((m) => ({ id: m.materialId })))).toContain('online-sales');
    expect(ids(after.materials.map((m) => ({ id: m.materialId })))).not.toContain('online-sales');
  });

  it('never sends a mode the material does not allow', () => {
    const body = buildApplication({ matterCode: def.code, applicant, answers: {}, needed: [material('application-form')], entries: { 'application-form': { mode: 'committed', files: [] } } });
    expect(body.materials).toEqual([]);
    expect(body).not.toHaveProperty('situation');
  });

  it('sends the applicant trimmed, the id upper-cased, empty optional fields left out', () => {
    expect(cleanApplicant(applicant)).toEqual({ kind: 'legal_person', name: '汉江市示例餐饮有限公司', idType: 'uscc', idNumber: '91350100M000100Y43', phone: '13800138000' });
    expect(cleanApplicant({ kind: 'individual', name: 'a', phone: '1', idType: 'id_card', idNumber: '' })).not.toHaveProperty('idType');
  });

  it('a complete body passes the server check of materials', () => {
    const needed = neededMaterials(def, 'individual', { hasAgent: true });
    const entries = Object.fromEntries(needed.map((m) => [m.id, file(`F-${m.id}`)]));
    const body = buildApplication({ matterCode: def.code, situation: 'individual', applicant, answers: { hasAgent: true }, needed, entries });
    expect(checkMaterials(def, 'individual', { hasAgent: true }, body.materials).errors).toEqual([]);
  });
});

describe('file types', () => {
  it('builds the accept attribute from the material types', () => {
    expect(acceptOf(['pdf', 'jpg'])).toBe('.pdf,application/pdf,.jpg,.jpeg,image/jpeg');
    expect(acceptOf(undefined)).toBe('');
  });
  it('accepts a detected type the material names, any when it names none', () => {
    expect(typeAccepted(['pdf', 'ofd'], 'pdf')).toBe(true);
    expect(typeAccepted(['pdf', 'ofd'], 'png')).toBe(false);
    expect(typeAccepted(undefined, 'png')).toBe(true);
    expect(typeAccepted(['pdf'], undefined)).toBe(false);
  });
});
