import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../runtime/web/shared/http';
import { errorText, fieldWords, isConflict } from '../../../../runtime/web/workbench/error-text';
import { translate } from '../../../../runtime/web/workbench/i18n';

const t = (key: string, params?: Record<string, string | number>) => translate('zh-CN', key as never, params);

describe('errorText', () => {
  it('says someone else acted first on a 409', () => {
    const stale = new ApiError(409, 'CONFLICT', 'version 3 expected, found 4');
    expect(isConflict(stale)).toBe(true);
    expect(errorText(t, stale)).toContain('其他人已先处理');
  });
  it('never shows the server message: the code picks the sentence, the fields are named in words', () => {
    const err = new ApiError(422, 'VALIDATION_FAILED', 'days exceeds the matter limit', [{ path: '/days', message: 'must be <= 10' }]);
    expect(isConflict(err)).toBe(false);
    const text = errorText(t, err);
    expect(text).toContain('延期天数');
    expect(text).not.toMatch(/[a-z]{3,}/);
    const intake = errorText(t, new ApiError(422, 'VALIDATION_FAILED', 'bad', [{ path: '/materials/2/materialId', message: 'unknown material x' }, { path: '/expectedVersion', message: 'x' }]));
    expect(intake).toContain('第 3 项材料');
    expect(errorText(t, new ApiError(0, 'NETWORK', 'network error'))).toContain('无法连接服务器');
    expect(errorText(t, new ApiError(403, 'FORBIDDEN', 'clerk of scjg may not'))).not.toContain('scjg');
    expect(errorText(t, new ApiError(409, 'INVALID_STATE', 'case is concluded'))).not.toContain('其他人');
  });
  it('lets the page name fields it knows (a form field by its title)', () => {
    expect(fieldWords(t, '/data/shopName', (p) => (p === '/data/shopName' ? '店铺名称' : undefined))).toBe('店铺名称');
    expect(fieldWords(t, '/delivery/waybillNo')).toBe('运单号');
    expect(fieldWords(t, '/applicant/phone')).toBe('联系电话');
    expect(fieldWords(t, '/whatever')).toBe('其他内容');
  });
});
