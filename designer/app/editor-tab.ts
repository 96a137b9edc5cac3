/**
 * What the matter page hands each editor tab. The page owns the draft definition and its save; a
 * tab reads the whole definition (materials refer to form fields, steps to materials …) and changes
 * it only through `onChange`, with a function of the current definition, so two quick edits from
 * different tabs never overwrite each other.
 */
import type { MatterDefinition, SharedMaterial } from '../../schemas/types.generated.js';
import type { Department } from './api';

export type DefinitionUpdate = (current: MatterDefinition) => MatterDefinition;

export interface EditorTabProps {
  definition: MatterDefinition;
  /** True for the live version, a draft under review, or a user who may not edit. */
  readOnly: boolean;
  onChange(update: DefinitionUpdate): void;
  departments: readonly Department[];
  /** The shared material library (GET /api/shared-materials). */
  sharedMaterials: readonly SharedMaterial[];
  /** Only the centre's admin may move a matter to another department (the server refuses others). */
  lockDepartment?: boolean;
}
