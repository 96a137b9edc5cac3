import type { MatterType } from '../schemas/types.generated.js';

/** The national matter types (权力事项类型 plus 公共服务), code system `matter-type`. */
export const MATTER_TYPES: readonly MatterType[] = [
  { codeSystem: 'matter-type', code: 'XK', label: '行政许可' },
  { codeSystem: 'matter-type', code: 'CF', label: '行政处罚' },
  { codeSystem: 'matter-type', code: 'QZ', label: '行政强制' },
  { codeSystem: 'matter-type', code: 'ZS', label: '行政征收' },
  { codeSystem: 'matter-type', code: 'JF', label: '行政给付' },
  { codeSystem: 'matter-type', code: 'JC', label: '行政检查' },
  { codeSystem: 'matter-type', code: 'QR', label: '行政确认' },
  { codeSystem: 'matter-type', code: 'JL', label: '行政奖励' },
  { codeSystem: 'matter-type', code: 'CJ', label: '行政裁决' },
  { codeSystem: 'matter-type', code: 'QT', label: '其他行政权力' },
  { codeSystem: 'matter-type', code: 'GG', label: '公共服务' },
];
