import common from './json/common.schema.json' with { type: 'json' };
import department from './json/department.schema.json' with { type: 'json' };
import account from './json/account.schema.json' with { type: 'json' };
import material from './json/material.schema.json' with { type: 'json' };
import sharedMaterial from './json/shared-material.schema.json' with { type: 'json' };
import form from './json/form.schema.json' with { type: 'json' };
import flow from './json/flow.schema.json' with { type: 'json' };
import matterDefinition from './json/matter-definition.schema.json' with { type: 'json' };
import matterVersion from './json/matter-version.schema.json' with { type: 'json' };
import calendar from './json/calendar.schema.json' with { type: 'json' };
import caseSchema from './json/case.schema.json' with { type: 'json' };
import task from './json/task.schema.json' with { type: 'json' };
import auditEvent from './json/audit-event.schema.json' with { type: 'json' };
import type { SchemaName } from './schema-files.js';

/** Every schema document by name; imported (not read from disk) so the browser bundles them too. */
export const SCHEMA_DOCUMENTS: Record<SchemaName, Record<string, unknown>> = {
  common,
  department,
  account,
  material,
  'shared-material': sharedMaterial,
  form,
  flow,
  'matter-definition': matterDefinition,
  'matter-version': matterVersion,
  calendar,
  case: caseSchema,
  task,
  'audit-event': auditEvent,
};
