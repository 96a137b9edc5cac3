import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endGranted, exclusiveGateway, field, flow, hallWindows, isNotTrue, isTrue, matterType, shared, startNode, step,
} from '../builders.js';

/**
 * 公众聚集场所投入使用、营业前消防安全检查: 消防救援支队, 行政许可. Since the 2021 amendment of
 * the Fire Protection Law the applicant may choose 告知承诺 (licence on the commitment, inspection
 * afterwards) or the ordinary procedure (on-site inspection within 10 working days).
 */
export function publicVenueFireSafetyCheck(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900MB1C08642N-XK-0001',
    name: '公众聚集场所投入使用、营业前消防安全检查',
    type: matterType('XK'),
    departmentId: 'xfjy',
    implementingBody: '汉江市消防救援支队',
    exerciseLevel: 'city',
    serviceObjects: ['legal_person', 'individual'],
    scope: '宾馆、饭店、商场、集贸市场、客运车站候车室、体育场馆、会堂等，以及影剧院、歌舞娱乐、游艺游乐、营业性健身休闲等公共娱乐场所投入使用、营业前。',
    legalBasis: [
      {
        title: '《中华人民共和国消防法》',
        article: '第十五条',
        text: '公众聚集场所投入使用、营业前消防安全检查实行告知承诺管理……申请人选择不采用告知承诺方式办理的，消防救援机构应当自受理申请之日起十个工作日内，根据消防技术标准和管理规定，对该场所进行检查。经检查符合消防安全要求的，应当予以许可。',
      },
      { title: '《公众聚集场所投入使用、营业消防安全检查规则》' },
    ],
    acceptanceConditions: [
      '场所所在建筑为合法建筑，依法应当进行消防验收或备案的已经完成；',
      '场所符合消防技术标准和管理规定，消防设施完好有效，安全出口和疏散通道畅通；',
      '已建立消防安全制度、灭火和应急疏散预案。',
    ],
    handlingType: 'promised',
    statutoryDays: 10,
    promisedDays: 5,
    fees: { charged: false, note: '不收费' },
    onSiteVisits: 0,
    onlineDepth: 4,
    windows: hallWindows('xfjy', 'c-07'),
    consultPhone: deptPhone('xfjy'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '公众聚集场所投入使用、营业前消防安全检查合格证', kind: 'license', delivery: ['window', 'mail', 'electronic'] },
    themes: ['开办企业', '开酒店', '开KTV'],
    keywords: ['消防安全检查', '开业前消防检查', '公众聚集场所', '告知承诺', '消防许可'],
    situations: [],
    materials: [
      {
        id: 'application-form',
        name: '公众聚集场所投入使用、营业消防安全检查申报表',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'ofd'],
        source: '消防业务受理窗口领取或消防在线政务服务平台填报',
      },
      {
        id: 'commitment-letter',
        name: '公众聚集场所投入使用、营业消防安全告知承诺书',
        requirement: 'conditional',
        condition: { when: isTrue('useCommitment'), description: '选择告知承诺方式办理的' },
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'ofd'],
        source: '法定代表人或主要负责人签字',
      },
      shared('business-license', { id: 'business-license', requirement: 'required', form: 'copy', count: 1, source: '市场监督管理部门核发', note: '电子营业执照共享核验的免于提交。' }),
      {
        id: 'safety-rules',
        name: '消防安全制度、灭火和应急疏散预案',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'docx'],
        source: '申请人自备',
      },
      {
        id: 'floor-plans',
        name: '场所平面布置图、场所消防设施平面图',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'jpg', 'png'],
        source: '申请人自备',
      },
    ],
    form: {
      type: 'object',
      title: '消防安全检查申报',
      properties: {
        venueName: field.text('场所名称'),
        uscc: field.uscc(),
        venueAddress: field.text('场所地址', { maxLength: 200 }),
        venueType: field.select('场所类别', [
          ['hotel', '宾馆、饭店'],
          ['mall', '商场、集贸市场'],
          ['station', '客运车站候车室'],
          ['stadium', '体育场馆、会堂'],
          ['theatre', '影剧院、礼堂等演出放映场所'],
          ['ktv', '舞厅、卡拉OK厅等歌舞娱乐场所'],
          ['leisure', '游艺游乐、营业性健身休闲场所'],
        ]),
        floorArea: field.number('使用面积（平方米）'),
        fireSafetyManager: field.text('消防安全管理人', { maxLength: 50 }),
        useCommitment: field.switch('选择告知承诺方式办理', { description: '承诺符合消防安全要求的，当场作出许可，许可后20个工作日内核查。' }),
        inspectionDate: field.date('希望现场检查日期', { 'x-visible-when': isNotTrue('useCommitment') }),
        contactMobile: field.mobile(),
      },
      required: ['venueName', 'uscc', 'venueAddress', 'venueType', 'floorArea', 'fireSafetyManager', 'contactMobile'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '窗口受理', { stepType: 'accept', departmentId: 'xfjy', deadlineDays: 1, checks: ['application-form', 'commitment-letter', 'business-license'] }),
        exclusiveGateway('n-gw-procedure', '办理方式'),
        step('n-inspect', '现场检查', {
          stepType: 'inspect',
          departmentId: 'xfjy',
          deadlineDays: 3,
          checks: ['safety-rules', 'floor-plans'],
          description: '按《公众聚集场所投入使用、营业消防安全检查规则》检查，填写检查记录。',
        }),
        step('n-decide', '作出决定', { stepType: 'decide', departmentId: 'xfjy', deadlineDays: 1, checks: ['safety-rules', 'floor-plans'] }),
        endGranted('办结（核发消防安全检查合格证）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-gw-procedure'),
        edge('n-gw-procedure', 'n-decide', { label: '告知承诺：当场许可、事后核查', condition: isTrue('useCommitment') }),
        edge('n-gw-procedure', 'n-inspect', { label: '一般程序：先检查后许可', isDefault: true }),
        edge('n-inspect', 'n-decide'),
        edge('n-decide', 'n-end-granted', { label: '准予许可' }),
      ],
    ),
  };
}
