/**
 * The edits of the situations list (情形: company vs individual, new vs change …) as pure functions
 * of the definition. Situations are keyed by immutable ids (`situation-3`), so a rename touches one
 * name; removing one also removes it from every material condition that names it.
 */
import type { MatterDefinition, Situation } from '../../../schemas/types.generated.js';
import { labelOr, normalizeCondition } from './material-edits.js';
import { numberedId } from './unique-id.js';

const MAX_SITUATIONS = 50;

/** A new situation at the end of the list; unchanged when the list is full (50). */
export function addSituation(def: MatterDefinition, name: string): MatterDefinition {
  if (def.situations.length >= MAX_SITUATIONS) return def;
  const id = numberedId('situation', new Set(def.situations.map((s) => s.id)));
  return { ...def, situations: [...def.situations, { id, name: labelOr(name, id) }] };
}

/** The situation renamed; an empty name keeps the old one. */
export function renameSituation(def: MatterDefinition, id: string, name: string): MatterDefinition {
  return updateSituation(def, id, (s) => ({ ...s, name: labelOr(name, s.name) }));
}

/** The situation's description; empty removes it. */
export function describeSituation(def: MatterDefinition, id: string, description: string): MatterDefinition {
  return updateSituation(def, id, (s) => {
    const { description: _old, ...rest } = s;
    const text = description.trim().slice(0, 1000);
    return text === '' ? rest : { ...rest, description: text };
  });
}

/**
 * The definition without the situation. Material conditions that named it name it no more; one
 * left with nothing stays conditional with an empty condition, which lint reports, rather than
 * silently becoming required or optional.
 */
export function removeSituation(def: MatterDefinition, id: string): MatterDefinition {
  const at = def.situations.findIndex((s) => s.id === id);
  if (at < 0) return def;
  const situations = def.situations.filter((_, i) => i !== at);
  if (situations.some((s) => s.id === id)) return { ...def, situations };
  const materials = def.materials.map((m) => {
    if (!m.condition?.situations?.includes(id)) return m;
    const condition = normalizeCondition({ ...m.condition, situations: m.condition.situations.filter((s) => s !== id) });
    return { ...m, condition };
  });
  return { ...def, situations, materials };
}

function updateSituation(def: MatterDefinition, id: string, update: (s: Situation) => Situation): MatterDefinition {
  const at = def.situations.findIndex((s) => s.id === id);
  if (at < 0) return def;
  const situations = [...def.situations];
  situations[at] = update(situations[at]);
  return { ...def, situations };
}
