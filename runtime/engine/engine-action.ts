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

/** How a result is issued (统一出件): at the window to a recipient on a date, by post with a waybill, or electronically. */
export type DeliveryInput =
  | { method: 'window'; recipient: string; date: string }
  | { method: 'post'; address: string; waybillNo: string; recipient?: string }
  | { method: 'electronic'; email?: string };

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
  /** 延期申请 by a clerk of the deciding department: once per case, within the matter's limit (art. 42: 10 days). */
  | { type: 'request_extension'; days: number; reason: string }
  /** 延期审批 by a leader (本行政机关负责人) of the matter's department: only an approval moves the due date. */
  | { type: 'decide_extension'; approve: boolean; comment?: string }
  /** 统一出件 at a deliver step: completes it and records how the result was issued. */
  | { type: 'deliver'; taskId: string; delivery: DeliveryInput; comment?: string }
  /** 知会: a co-implementing department acknowledges an inform task. */
  | { type: 'acknowledge'; taskId: string }
  | { type: 'withdraw'; reason?: string }
  /** Art. 32: no answer within 5 working days of receipt counts as accepted on receipt. */
  | { type: 'deem_accepted' };

export type EngineActionType = EngineAction['type'];

export const SUSPENSION_KINDS: readonly SuspensionKind[] = ['inspection', 'testing', 'appraisal', 'expert_review', 'hearing'];
