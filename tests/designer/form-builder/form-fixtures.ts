/**
 * The form the command tests start from (schema paths; * required, ⟨⟩ void):
 *   applicantName*  byAgent  ⟨basics: Card⟩ { agentName (visible when byAgent == true), agentPhone* }
 *   address (object: region, detail*)   members (table: name)
 */
import { fieldKind } from '../../../designer/form-builder/field-kinds.js';
import type { FormDefinition } from '../../../schemas/types.generated.js';

export function baseForm(): FormDefinition {
  const address = fieldKind('address')!.create('经营地址');
  address.required = ['detail'];
  const members = fieldKind('table')!.create('从业人员');
  members.items!.properties = { name: { ...fieldKind('text')!.create('姓名'), 'x-index': 0 } };
  return {
    type: 'object',
    required: ['applicantName', 'agentPhone'],
    properties: {
      applicantName: { ...fieldKind('text')!.create('申请人姓名'), 'x-index': 0 },
      byAgent: { type: 'boolean', title: '是否委托代理人办理', 'x-decorator': 'FormItem', 'x-component': 'Switch', 'x-index': 1 },
      basics: {
        ...fieldKind('section')!.create('代理人信息'), 'x-index': 2,
        properties: {
          agentName: { ...fieldKind('text')!.create('代理人姓名'), 'x-index': 0, 'x-visible-when': { '==': [{ var: 'byAgent' }, true] } },
          agentPhone: { ...fieldKind('mobile')!.create('代理人电话'), 'x-index': 1, 'x-visible-when': { and: [{ var: 'byAgent' }, { '!': { missing: ['agentName'] } }] } },
        },
      },
      address: { ...address, 'x-index': 3, 'x-visible-when': { '!': { missing: ['address.detail'] } } },
      members: { ...members, 'x-index': 4 },
    },
  };
}
