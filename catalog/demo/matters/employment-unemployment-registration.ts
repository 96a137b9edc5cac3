import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endGranted, eq, exclusiveGateway, field, flow, hallWindows, isNotTrue, matterType, shared, startNode, step,
} from '../builders.js';

/**
 * 就业登记与失业登记: 人社局, 公共服务, 即办件. One guide, two situations; the flow branches on
 * the situation the applicant chose (the built-in condition variable `situation`).
 */
export function employmentUnemploymentRegistration(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900MB1529903B-GG-0001',
    name: '就业登记与失业登记',
    type: matterType('GG'),
    departmentId: 'rsj',
    implementingBody: '汉江市公共就业服务中心',
    exerciseLevel: 'county',
    serviceObjects: ['individual', 'legal_person'],
    scope: '在法定劳动年龄内、有劳动能力的劳动者：已就业的办理就业登记（用人单位招用的由单位办理）；有就业要求、处于无业状态的，在常住地办理失业登记。',
    legalBasis: [
      { title: '《中华人民共和国就业促进法》', article: '第三十五条', text: '县级以上人民政府建立健全公共就业服务体系，设立公共就业服务机构，为劳动者免费提供下列服务：……（五）办理就业登记、失业登记等事务；……' },
      { title: '《就业服务与就业管理规定》（劳动和社会保障部令第28号）', text: '国家实行劳动者就业登记和失业登记制度。' },
      { title: '《失业保险条例》' },
    ],
    acceptanceConditions: [
      '就业登记：劳动者与用人单位建立劳动关系，或从事个体经营、灵活就业的；',
      '失业登记：在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城乡劳动者，可在常住地公共就业服务机构办理，非本市户籍的凭居住证办理。',
    ],
    handlingType: 'immediate',
    statutoryDays: 0,
    promisedDays: 0,
    fees: { charged: false, note: '不收费' },
    onSiteVisits: 0,
    onlineDepth: 4,
    windows: hallWindows('rsj', 'd-01', 'd-02'),
    consultPhone: deptPhone('rsj'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '就业创业证（电子社保卡就业登记信息）', kind: 'certificate', delivery: ['window', 'electronic'] },
    themes: ['就业', '失业', '创业'],
    keywords: ['就业登记', '失业登记', '就业创业证', '灵活就业', '失业保险金', '12333'],
    situations: [
      { id: 'employment', name: '就业登记', description: '单位就业、个体经营、灵活就业' },
      { id: 'unemployment', name: '失业登记', description: '处于无业状态，有就业要求' },
    ],
    materials: [
      shared('id-card', {
        id: 'id-card',
        requirement: 'required',
        form: 'original',
        count: 1,
        source: '公安机关核发',
        note: '通过电子社保卡或人脸识别实名认证的，免于提交。',
      }),
      shared('labor-contract', {
        id: 'labor-contract',
        requirement: 'conditional',
        condition: { situations: ['employment'], when: eq('employmentType', 'employee'), description: '单位就业的' },
        form: 'copy',
        count: 1,
        source: '用人单位与劳动者签订',
      }),
      {
        id: 'termination-proof',
        name: '解除或终止劳动关系证明',
        requirement: 'conditional',
        condition: { situations: ['unemployment'], description: '失业前有用人单位的' },
        deferrable: true,
        form: 'copy',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'jpg', 'png'],
        source: '原用人单位出具',
        note: '可先行登记，15日内补交。',
      },
      {
        id: 'residence-permit',
        name: '居住证',
        requirement: 'conditional',
        condition: { when: isNotTrue('localHukou'), description: '非本市户籍的' },
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['jpg', 'png', 'pdf'],
        source: '公安机关核发',
      },
    ],
    form: {
      type: 'object',
      title: '就业失业登记',
      properties: {
        name: field.text('姓名', { maxLength: 50 }),
        idNumber: field.idCard(),
        mobile: field.mobile(),
        localHukou: field.switch('本市户籍'),
        residenceAddress: field.text('常住地址', { maxLength: 200 }),
        education: field.select('文化程度', [['primary', '小学及以下'], ['junior', '初中'], ['senior', '高中、中专、技校'], ['college', '大专'], ['bachelor', '本科'], ['postgraduate', '研究生']]),
        employmentType: field.radio('就业形式', [['employee', '单位就业'], ['self-employed', '个体经营'], ['flexible', '灵活就业']], { description: '办理就业登记的填写' }),
        employerName: field.text('用人单位名称', { 'x-visible-when': eq('employmentType', 'employee') }),
        unemploymentReason: field.select('失业原因', [['contract-ended', '劳动合同终止'], ['dismissed', '被用人单位解除劳动合同'], ['resigned', '本人提出解除'], ['graduate', '毕业未就业'], ['other', '其他']], { description: '办理失业登记的填写' }),
      },
      required: ['name', 'idNumber', 'mobile', 'residenceAddress', 'education'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '窗口受理', { stepType: 'accept', departmentId: 'rsj', deadlineDays: 0, checks: ['id-card', 'residence-permit'] }),
        exclusiveGateway('n-gw-situation', '登记类型'),
        step('n-employment', '就业登记审核', { stepType: 'decide', departmentId: 'rsj', deadlineDays: 0, checks: ['labor-contract'] }),
        step('n-unemployment', '失业登记审核', {
          stepType: 'decide',
          departmentId: 'rsj',
          deadlineDays: 0,
          checks: ['termination-proof'],
          description: '登记后同步推送就业岗位信息，符合条件的告知失业保险金申领。',
        }),
        endGranted('办结（登记完成）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-gw-situation'),
        edge('n-gw-situation', 'n-unemployment', { label: '失业登记', condition: { '==': [{ var: 'situation' }, 'unemployment'] } }),
        edge('n-gw-situation', 'n-employment', { label: '就业登记', isDefault: true }),
        edge('n-employment', 'n-end-granted', { label: '予以登记' }),
        edge('n-unemployment', 'n-end-granted', { label: '予以登记' }),
      ],
    ),
  };
}
