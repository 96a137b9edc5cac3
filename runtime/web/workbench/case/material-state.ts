/**
 * The one state a material of the case shows now. A material on the supplement notice reads
 * 已补正 once the applicant supplied it and 待补正 while it is awaited; any other shows its status
 * (已提交, 未提交, 容缺后补 …) — never the notice and the status side by side.
 */
export interface MaterialState {
  /** i18n key of the tag. */
  key: string;
  color: string;
}

const STATUS_COLOR: Record<string, string> = { provided: 'green', missing: 'red', defective: 'orange', deferred: 'gold', committed: 'blue' };

export function materialState(status: string, onNotice: boolean): MaterialState {
  if (onNotice) return status === 'provided' ? { key: 'materials.supplied', color: 'green' } : { key: 'materials.awaited', color: 'orange' };
  return { key: `material.${status}`, color: STATUS_COLOR[status] ?? 'default' };
}
