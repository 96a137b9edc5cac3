import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../runtime/web/shared/http';
import { errorText, isConflict } from '../../../../runtime/web/workbench/error-text';
import { translate } from '../../../../runtime/web/workbench/i18n';

const t = (key: string, params?: Record<string, string | number>) => translate('zh-CN', key as never, params);

describe('errorText', () => {
  it('says someone else acted first on a 409', () => {
    const stale = new ApiError(409, 'CONFLICT', 'version 3 expected, found 4');
    expect(isConflict(stale)).toBe(true);
    expect(errorText(t, stale)).toContain('其他人已先处理');
  });
  it('gives the server message with its field details otherwise', () => {
    const err = new ApiError(422, 'VALIDATION', 'reasons required', [{ path: '/reasons', message: 'is required' }]);
    expect(isConflict(err)).toBe(false);
    expect(errorText(t, err)).toBe('操作失败：reasons required（is required）');
    expect(errorText(t, new ApiError(0, 'NETWORK', 'network error'))).toContain('无法连接服务器');
  });
});
