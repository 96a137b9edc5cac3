/**
 * 窗口收件 over the wire: the body of POST /api/cases/intake and its answer. Types and one list
 * only, with no server, store or engine import, so the workbench (browser) and the case service
 * (runtime/cases/window-intake.ts checks the entries) speak one shape.
 */
import type { Case } from '../../schemas/types.generated.js';

export const INTAKE_MATERIAL_STATUSES = ['provided', 'missing', 'defective'] as const;
export type IntakeMaterialStatus = (typeof INTAKE_MATERIAL_STATUSES)[number];

export interface IntakeMaterial {
  materialId: string;
  status: IntakeMaterialStatus;
  fileIds?: string[];
  note?: string;
}

/** POST /api/cases/intake body as the workbench sends it (the server reads it as unchecked input first). */
export interface IntakeBody {
  matterCode: string;
  situation?: string;
  data: Record<string, unknown>;
  applicant: Case['applicant'];
  materials: IntakeMaterial[];
  /** 收件即受理: accept in the same act, when the application is complete and the matter has one stage. */
  accept?: boolean;
}

/** One item the one-time notice will name. */
export interface MissingItem {
  materialId: string;
  name: string;
  problem: 'missing' | 'defective';
  note?: string;
}

/** The answer: the case number and query code to hand over, and what the application lacks. */
export interface IntakeReceipt {
  caseNo: string;
  queryCode: string;
  status: string;
  matterCode: string;
  matterVersion: number;
  acceptDueDate?: string;
  missing: MissingItem[];
  dueDate?: string;
  dueDateProvisional?: boolean;
}
