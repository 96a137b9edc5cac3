/** The message key naming a changed property (`deadlineDays` → compare.field.deadlineDays), or undefined for one without a name yet. */
import { compareMessages } from './messages';

type FieldKey = Extract<keyof typeof compareMessages.zh, `compare.field.${string}`>;

export function fieldLabelKey(field: string): FieldKey | undefined {
  const key = `compare.field.${field}`;
  return key in compareMessages.zh ? (key as FieldKey) : undefined;
}
