/** The form's data fields by dotted path with their titles (through void sections), for naming a server field error. */
import type { FormDefinition, FormField } from '../../../../schemas/types.generated.js';

export function formFieldTitles(form: FormDefinition): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (props: Record<string, FormField> | undefined, prefix: string) => {
    for (const [key, field] of Object.entries(props ?? {})) {
      if (field.type === 'void') {
        walk(field.properties as Record<string, FormField> | undefined, prefix);
        continue;
      }
      const path = prefix ? `${prefix}.${key}` : key;
      out.set(path, field.title ?? key);
      if (field.type === 'object') walk(field.properties as Record<string, FormField> | undefined, path);
    }
  };
  walk(form.properties, '');
  return out;
}
