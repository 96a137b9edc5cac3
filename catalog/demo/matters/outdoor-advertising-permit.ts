import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE, FRONT_DESK_MATTER_CODE } from '../departments.js';
import {
  agentFields, deptPhone, edge, endDenied, endGranted, eq, exclusiveGateway, field, flow, hallWindows, isTrue, matterType, shared, startNode, step,
} from '../builders.js';

/** The 城管局 reviewers who countersign the site review (会签), accounts in demo-accounts.ts. */
export const OUTDOOR_ADVERTISING_SIGNERS = ['cgj-signer1', 'cgj-signer2', 'cgj-signer3'];

/**
 * 设置大型户外广告审批: 城管局, 行政许可, the front-desk story. The centre's 综合窗口 (zhzx)
 * receives and accepts it for 城管局 (前台综合受理、后台分类审批); three 城管局 reviewers
 * countersign the site review (会签); the decision is 城管局's; the 综合窗口 that accepted the case
 * issues the permit (统一出件). A site in an area where the Advertising Law forbids outdoor
 * advertising (art. 42) is turned down by the flow itself.
 */
export function outdoorAdvertisingPermit(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: FRONT_DESK_MATTER_CODE,
    name: '设置大型户外广告审批',
    type: matterType('XK'),
    departmentId: 'cgj',
    implementingBody: '汉江市城市管理局',
    exerciseLevel: 'city',
    serviceObjects: ['legal_person', 'individual'],
    scope: '在本市城市规划区内利用建筑物、构筑物、场地设置大型户外广告设施（含屋顶、落地式广告和电子显示屏）的单位和个体工商户。',
    legalBasis: [
      {
        title: '《城市市容和环境卫生管理条例》',
        article: '第十一条',
        text: '大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。',
      },
      { title: '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', text: '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批，实施机关：城市人民政府市容环境卫生行政主管部门。' },
      {
        title: '《中华人民共和国广告法》',
        article: '第四十二条',
        text: '在国家机关、文物保护单位、风景名胜区等的建筑控制地带，或者县级以上地方人民政府禁止设置户外广告的区域，不得设置户外广告。',
      },
    ],
    acceptanceConditions: [
      '设置地点符合本市户外广告设置规划，不在禁止设置户外广告的区域；',
      '取得场地或建筑物的使用权，或产权人同意设置；',
      '广告设施的结构、材料和安装符合安全要求，屋顶和落地式设施经结构安全检测；',
      '设施的外型、尺寸与周边环境和市容相协调。',
    ],
    handlingType: 'promised',
    statutoryDays: 20,
    promisedDays: 5,
    extension: { maxDays: 10 },
    frontDesks: ['zhzx'],
    intakeStages: 'one',
    fees: { charged: false, note: '不收费' },
    onSiteVisits: 1,
    onlineDepth: 3,
    windows: [...hallWindows('zhzx', 'zh-01'), ...hallWindows('cgj', 'b-07')],
    consultPhone: deptPhone('cgj'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '户外广告设置许可决定书', kind: 'approval', delivery: ['window', 'mail', 'electronic'] },
    themes: ['开办企业', '市容环卫', '一窗受理'],
    keywords: ['户外广告', '广告牌', '招牌', '电子显示屏', '屋顶广告', '广告设置'],
    situations: [],
    materials: [
      {
        id: 'application-form',
        name: '户外广告设施设置申请表',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'ofd'],
        source: '综合窗口领取或网上下载',
      },
      shared('business-license', { id: 'business-license', requirement: 'required', form: 'copy', count: 1, source: '市场监督管理部门核发', note: '电子营业执照共享核验的免于提交。' }),
      {
        id: 'site-plan',
        name: '设置地点位置图、设施效果图及尺寸说明',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'jpg', 'png'],
        source: '申请人自备',
      },
      {
        id: 'site-consent',
        name: '场地或建筑物使用权证明，或产权人同意设置的书面意见',
        requirement: 'required',
        form: 'copy',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'jpg'],
        source: '产权人或出租人出具',
      },
      {
        id: 'structure-safety',
        name: '广告设施结构安全设计图及安全检测报告',
        requirement: 'conditional',
        condition: { when: { or: [eq('adType', 'rooftop'), eq('adType', 'ground')] }, description: '屋顶广告、落地式广告' },
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf'],
        source: '具备资质的设计、检测单位出具',
      },
      shared('power-of-attorney', {
        id: 'power-of-attorney',
        requirement: 'conditional',
        condition: { when: isTrue('hasAgent'), description: '委托他人代为办理的' },
        form: 'original',
        count: 1,
        source: '申请人出具',
      }),
    ],
    form: {
      type: 'object',
      title: '设置大型户外广告申请',
      properties: {
        unitName: field.text('申请单位名称'),
        uscc: field.uscc(),
        siteAddress: field.text('设置地点', { maxLength: 200 }),
        adType: field.radio('设施形式', [['wall', '墙面广告'], ['rooftop', '屋顶广告'], ['ground', '落地式广告'], ['screen', '电子显示屏']]),
        adArea: field.number('广告面积（平方米）'),
        periodYears: field.integer('设置期限（年）', { minimum: 1, maximum: 3 }),
        inRestrictedArea: field.switch('设置地点位于国家机关、文物保护单位、风景名胜区等的建筑控制地带或禁设区域'),
        contactMobile: field.mobile(),
        ...agentFields(),
      },
      required: ['unitName', 'uscc', 'siteAddress', 'adType', 'adArea', 'periodYears', 'contactMobile'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '窗口受理', { stepType: 'accept', departmentId: 'cgj', deadlineDays: 1, checks: ['application-form', 'business-license', 'power-of-attorney'] }),
        step('n-review', '会签审查', {
          stepType: 'review',
          departmentId: 'cgj',
          mode: 'countersign',
          assignees: [...OUTDOOR_ADVERTISING_SIGNERS],
          deadlineDays: 3,
          checks: ['site-plan', 'site-consent', 'structure-safety'],
          description: '市容、规划设置和结构安全三名审查人员分别现场查看并签署意见，全部同意后报审批。',
        }),
        exclusiveGateway('n-gw-area', '是否位于禁设区域'),
        step('n-decide', '审批决定', { stepType: 'decide', departmentId: 'cgj', deadlineDays: 1 }),
        step('n-deliver', '统一出件', {
          stepType: 'deliver',
          departmentId: 'cgj',
          atAcceptingDesk: true,
          deadlineDays: 1,
          description: '由受理本件的窗口（综合窗口）送达许可决定书：窗口领取、邮寄或电子送达。',
        }),
        endGranted('办结（准予设置）'),
        endDenied('办结（不予许可）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-review'),
        edge('n-review', 'n-gw-area'),
        edge('n-gw-area', 'n-end-denied', { label: '位于禁止设置户外广告的区域（广告法第四十二条）', condition: isTrue('inRestrictedArea') }),
        edge('n-gw-area', 'n-decide', { label: '不在禁设区域', isDefault: true }),
        edge('n-decide', 'n-deliver', { label: '准予设置' }),
        edge('n-deliver', 'n-end-granted'),
      ],
    ),
  };
}
