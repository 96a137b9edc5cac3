/**
 * The pure core of the visual form builder, what the React layer imports: the palette, the
 * commands and their undo stack, the point-and-choose condition model and the canvas outline.
 * No React, no DOM, no I/O.
 */
export { FIELD_KINDS, fieldKind, kindOf, type FieldKind, type FieldKindId } from './field-kinds.js';
export { optionsOf, type FieldOption, type FieldPatch } from './field-patch.js';
export { applyFormCommand, nextFieldName, type FormCommand, type FormCommandResult } from './form-commands.js';
export { FormCommandStack } from './form-command-stack.js';
export { describeCondition, describeVisibleWhen, formOutline, type OutlineNode } from './form-outline.js';
export { conditionReaders, renameVars } from './form-rewrites.js';
export { dataPathOf } from './form-tree.js';
export {
  choicesFor, fromJsonLogic, isUnary, listFieldsOf, operatorsFor, toJsonLogic, visibleWhenTargets,
  type IsListField, type VisibleOperator, type VisibleRule, type VisibleWhenModel, type VisibleWhenTarget,
} from './visible-when-builder.js';
