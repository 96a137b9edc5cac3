/**
 * Everything that can happen to a case, as typed data (STYLE rule 2): the server turns requests
 * into these, the engine applies them, the store persists the result.
 */
import type { Suspension } from '../../schemas/types.generated.js';

export interface SupplementItem {
  materialId: string;
  problem: 'missing' | 'defective';
  note?: string;
}

export type SuspensionKind = Exclude<Suspension['kind'], 'supplement'>;

export type EngineAction =
  /** 受理: starts the clock. `taskId` is optional: the open accept task is found. */
  | { type: 'accept'; taskId?: string; comment?: string }
  /** 不予受理, with reasons (art. 38). */
  | { type: 'refuse'; taskId?: string; reasons: string }
  /** 一次性告知: one notice; the engine completes the list with every missing material. */
  | { type: 'request_supplement'; taskId?: string; items: SupplementItem[] }
  /** By the applicant: files for notice items or for 容缺 (deferred) materials. */
  | { type: 'supplement'; materials: Array<{ materialId: string; fileIds: string[] }> }
  /** 即办件 only, at the acceptance stage. */
  | { type: 'conclude'; taskId?: string; outcome: 'granted' | 'denied'; reasons?: string }
  | { type: 'approve'; taskId: string; comment?: string }
  | { type: 'deny'; taskId: string; comment: string }
  /** 退回 to an earlier step this case has completed. */
  | { type: 'return'; taskId: string; toNodeId: string; comment: string }
  /** 特别程序 (art. 45): the clock stops. */
  | { type: 'suspend'; kind: SuspensionKind; reason: string; expectedDays?: number }
  | { type: 'resume'; comment?: string }
  /** 延期 (art. 42): once per case, up to 10 working days. */
  | { type: 'extend'; days: number; reason: string }
  | { type: 'withdraw'; reason?: string }
  /** Art. 32: no answer within 5 working days of receipt counts as accepted on receipt. */
  | { type: 'deem_accepted' };

export type EngineActionType = EngineAction['type'];

export const SUSPENSION_KINDS: readonly SuspensionKind[] = ['inspection', 'testing', 'appraisal', 'expert_review', 'hearing'];
