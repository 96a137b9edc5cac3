import { describe, expect, it } from 'vitest';
import { roadFreightTransportLicense } from '../../../../catalog/demo/matters/road-freight-license';
import { neededMaterialIds } from '../../../../runtime/web/workbench/case/needed-materials';

describe('neededMaterialIds', () => {
  const def = roadFreightTransportLicense();
  it('leaves out the operator ID card for a company and the power of attorney without an agent', () => {
    const ids = neededMaterialIds(def, 'company', { hasAgent: false }, []);
    expect(ids.has('legal-rep-id-proof')).toBe(true);
    expect(ids.has('application-form')).toBe(true);
    expect(ids.has('operator-id-card')).toBe(false);
    expect(ids.has('power-of-attorney')).toBe(false);
  });
  it('asks for the power of attorney with an agent, and keeps any material the case holds files for or lacks', () => {
    const ids = neededMaterialIds(def, 'individual', { hasAgent: true }, [
      { materialId: 'legal-rep-id-proof', status: 'provided', fileIds: ['f1'] },
    ]);
    expect(ids.has('power-of-attorney')).toBe(true);
    expect(ids.has('operator-id-card')).toBe(true);
    expect(ids.has('legal-rep-id-proof')).toBe(true);
  });
});
