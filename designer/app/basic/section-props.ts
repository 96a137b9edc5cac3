/** What each section of the basic-information tab gets from the tab. */
import type { MatterDefinition } from '../../../schemas/types.generated.js';
import type { Department } from '../api';
import type { DefinitionUpdate } from '../editor-tab';

export interface SectionProps {
  definition: MatterDefinition;
  readOnly: boolean;
  /** Hands a pure update to the page (see EditorTabProps.onChange). */
  edit(update: DefinitionUpdate): void;
  departments: readonly Department[];
  lockDepartment?: boolean;
}
