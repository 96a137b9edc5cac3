import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endDenied, endGranted, eq, exclusiveGateway, field, flow, isNotTrue, hallWindows, matterType, shared, startNode, step,
} from '../builders.js';

/**
 * 居住证申领: 公安局, 公共服务. One of three situations makes the applicant eligible (合法稳定
 * 就业、合法稳定住所、连续就读), and each asks for its own proof. Someone registered for less than
 * half a year is not yet eligible: the flow routes to the denied end.
 */
export function residencePermitApplication(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900001603751H-GG-0001',
    name: '居住证申领',
    type: matterType('GG'),
    departmentId: 'gaj',
    implementingBody: '汉江市公安局（居住地公安派出所）',
    exerciseLevel: 'county',
    serviceObjects: ['individual'],
    scope: '离开常住户口所在地，到本市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的公民。',
    legalBasis: [
      { title: '《居住证暂行条例》', article: '第二条', text: '公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。' },
      { title: '《居住证暂行条例》', article: '第九条', text: '对符合居住证办理条件的，公安机关应当自受理之日起15日内制作发放居住证。' },
    ],
    acceptanceConditions: [
      '在本市办理居住登记满半年；',
      '有合法稳定就业、合法稳定住所、连续就读条件之一；',
      '未满16周岁或者行动不便的老年人、残疾人等，可以由其监护人、近亲属代为申领。',
    ],
    handlingType: 'promised',
    statutoryDays: 15,
    promisedDays: 7,
    fees: { charged: false, note: '首次申领免费；换领、补领按规定收取工本费' },
    onSiteVisits: 1,
    onlineDepth: 3,
    windows: hallWindows('gaj', 'e-02'),
    consultPhone: deptPhone('gaj'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '居住证', kind: 'certificate', delivery: ['window', 'mail'] },
    themes: ['户籍', '居住证', '新市民'],
    keywords: ['居住证', '暂住证', '居住登记', '新市民', '积分落户'],
    situations: [
      { id: 'employment', name: '合法稳定就业' },
      { id: 'residence', name: '合法稳定住所' },
      { id: 'study', name: '连续就读' },
    ],
    materials: [
      shared('id-card', { id: 'id-card', requirement: 'required', form: 'original', count: 1, source: '公安机关核发' }),
      shared('id-photo', { id: 'id-photo', requirement: 'optional', form: 'original', count: 1, source: '窗口现场采集或自备', note: '窗口现场采集的无需提交。' }),
      shared('labor-contract', {
        id: 'labor-contract',
        name: '劳动合同或用人单位出具的劳动关系证明',
        requirement: 'conditional',
        condition: { situations: ['employment'], description: '以合法稳定就业申领的' },
        form: 'copy',
        count: 1,
        source: '用人单位出具',
        note: '从事个体经营的提交营业执照，可共享核验。',
      }),
      shared('real-estate-certificate', {
        id: 'real-estate-certificate',
        requirement: 'conditional',
        condition: { situations: ['residence'], when: eq('housingType', 'owned'), description: '以自有住房为合法稳定住所的' },
        form: 'copy',
        count: 1,
        source: '不动产登记机构核发',
      }),
      shared('lease-contract', {
        id: 'lease-contract',
        requirement: 'conditional',
        condition: { situations: ['residence'], when: eq('housingType', 'rented'), description: '以租赁住房为合法稳定住所的' },
        form: 'copy',
        count: 1,
        source: '申请人自备',
      }),
      {
        id: 'enrolment-proof',
        name: '学生证或学校出具的在读证明',
        requirement: 'conditional',
        condition: { situations: ['study'], description: '以连续就读申领的' },
        form: 'copy',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'jpg', 'png'],
        source: '就读学校出具',
      },
    ],
    form: {
      type: 'object',
      title: '居住证申领',
      properties: {
        name: field.text('姓名', { maxLength: 50 }),
        idNumber: field.idCard(),
        mobile: field.mobile(),
        hukouAddress: field.text('户籍地址', { maxLength: 200 }),
        residenceAddress: field.text('本市居住地址', { maxLength: 200 }),
        residenceSince: field.date('来本市居住日期'),
        registeredHalfYear: field.switch('已在本市办理居住登记满半年'),
        housingType: field.radio('住所类型', [['owned', '自有住房'], ['rented', '租赁住房'], ['dormitory', '单位或学校宿舍']]),
        dormitoryProvider: field.text('提供宿舍的单位或学校', { 'x-visible-when': eq('housingType', 'dormitory') }),
      },
      required: ['name', 'idNumber', 'mobile', 'hukouAddress', 'residenceAddress', 'residenceSince', 'registeredHalfYear', 'housingType'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '派出所（窗口）受理', { stepType: 'accept', departmentId: 'gaj', deadlineDays: 1, checks: ['id-card', 'id-photo'] }),
        exclusiveGateway('n-gw-half-year', '居住登记是否满半年'),
        step('n-review', '居住登记及申领条件核查', {
          stepType: 'review',
          departmentId: 'gaj',
          deadlineDays: 3,
          checks: ['labor-contract', 'real-estate-certificate', 'lease-contract', 'enrolment-proof'],
        }),
        step('n-decide', '审核签发', { stepType: 'decide', departmentId: 'gaj', deadlineDays: 1 }),
        step('n-deliver', '制证发放', { stepType: 'deliver', departmentId: 'gaj', deadlineDays: 2 }),
        endGranted('办结（发放居住证）'),
        endDenied('办结（不予办理：居住未满半年，已为申请人办理居住登记）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-gw-half-year'),
        edge('n-gw-half-year', 'n-end-denied', { label: '居住登记未满半年', condition: isNotTrue('registeredHalfYear') }),
        edge('n-gw-half-year', 'n-review', { label: '满半年', isDefault: true }),
        edge('n-review', 'n-decide'),
        edge('n-decide', 'n-deliver', { label: '符合条件' }),
        edge('n-deliver', 'n-end-granted'),
      ],
    ),
  };
}
