import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endGranted, eq, exclusiveGateway, field, flow, hallWindows, isTrue, matterType, shared, startNode, step,
} from '../builders.js';

/**
 * 个体工商户设立登记: 市场监管局, 即办件. Materials complete and in legal form: registered on the
 * spot (当场登记); a scope with items needing approval before registration (前置许可) adds a check
 * of the approval document. The tax office co-implements it (两证整合: the licence carries the tax
 * registration), so each conclusion is passed on to it to acknowledge.
 */
export function individualBusinessRegistration(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900MB1532046T-XK-0002',
    name: '个体工商户设立登记',
    type: matterType('XK'),
    departmentId: 'scjg',
    implementingBody: '汉江市市场监督管理局',
    exerciseLevel: 'county',
    serviceObjects: ['individual'],
    scope: '有经营能力的公民在本市行政区域内申请登记为个体工商户，从事工商业经营。申请登记的经营范围不属于法律、行政法规禁止进入的行业。',
    legalBasis: [
      { title: '《中华人民共和国市场主体登记管理条例》', article: '第三条', text: '市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。' },
      {
        title: '《中华人民共和国市场主体登记管理条例》',
        article: '第十九条',
        text: '登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记。',
      },
      { title: '《促进个体工商户发展条例》' },
      { title: '《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）' },
    ],
    acceptanceConditions: [
      '有经营能力的公民，申请登记的经营范围不属于法律、行政法规禁止进入的行业，申请材料齐全、符合法定形式的，登记机关依法予以登记。',
      '经营范围中有法律、行政法规和国务院决定规定必须在登记前报经批准的项目的，应当先取得批准文件。',
      '对不在受理范围或申请材料不齐全、不符合法定形式、与实质性内容不符的，当场一次性告知或作出不予登记的决定。',
    ],
    handlingType: 'immediate',
    statutoryDays: 3,
    promisedDays: 0,
    // 两证整合 (个体工商户营业执照和税务登记证): the registration is passed on to the tax office,
    // which takes it as its tax registration; the 即办件 still informs it (知会) when concluded on the spot.
    coImplementingDepartments: ['swj'],
    fees: { charged: false, note: '不收费；免费发放营业执照正、副本及电子营业执照' },
    onSiteVisits: 0,
    onlineDepth: 4,
    windows: hallWindows('scjg', 'a-03', 'a-01'),
    consultPhone: deptPhone('scjg'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '营业执照（个体工商户）', kind: 'license', delivery: ['window', 'mail', 'electronic'] },
    themes: ['开办企业', '个体经营'],
    keywords: ['个体户', '个体工商户', '营业执照', '开店', '注册登记', '马上办'],
    situations: [
      { id: 'personal', name: '个人经营' },
      { id: 'family', name: '家庭经营', description: '以家庭共同财产投资，或者家庭成员共同参与经营的' },
    ],
    materials: [
      {
        id: 'application-form',
        name: '个体工商户登记（备案）申请书',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'ofd'],
        source: '网上填报或窗口领取',
      },
      shared('id-card', {
        id: 'operator-id-card',
        name: '经营者居民身份证',
        requirement: 'required',
        form: 'original_and_copy',
        count: 1,
        source: '公安机关核发',
        note: '经营者本人到场或通过“人脸识别”实名认证。',
      }),
      shared('real-estate-certificate', {
        id: 'premises-property',
        name: '经营场所产权证明（不动产权证书）',
        requirement: 'conditional',
        condition: { when: eq('premisesType', 'own'), description: '经营场所为自有房产的' },
        waivableByCommitment: true,
        form: 'copy',
        count: 1,
        source: '不动产登记机构核发',
        note: '实行住所（经营场所）申报承诺制，签署《经营场所申报承诺书》的免于提交。',
      }),
      shared('lease-contract', {
        id: 'premises-lease',
        requirement: 'conditional',
        condition: { when: eq('premisesType', 'lease'), description: '经营场所为租赁的' },
        waivableByCommitment: true,
        form: 'copy',
        count: 1,
        source: '申请人自备',
        note: '实行住所（经营场所）申报承诺制，签署《经营场所申报承诺书》的免于提交。',
      }),
      shared('household-register', {
        id: 'family-relation-proof',
        name: '家庭成员关系证明（居民户口簿或结婚证等）',
        requirement: 'conditional',
        condition: { situations: ['family'], description: '家庭经营的' },
        form: 'copy',
        count: 1,
        source: '公安机关或民政部门核发',
      }),
      {
        id: 'pre-approval',
        name: '前置审批许可证件或批准文件',
        requirement: 'conditional',
        condition: { when: isTrue('hasPreApproval'), description: '经营范围中有法律、行政法规和国务院决定规定必须在登记前报经批准的项目的' },
        form: 'copy',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'ofd', 'jpg'],
        source: '审批部门核发',
      },
    ],
    form: {
      type: 'object',
      title: '个体工商户设立登记申请',
      properties: {
        operatorName: field.text('经营者姓名', { maxLength: 50 }),
        operatorIdCard: field.idCard('经营者公民身份号码'),
        businessName: field.text('个体工商户名称', { description: '可以不使用名称；使用名称的，名称中应含行政区划、字号、行业和组织形式' }),
        businessScope: field.textarea('经营范围', { description: '按《经营范围登记规范表述目录》选择' }),
        premisesAddress: field.text('经营场所', { maxLength: 200 }),
        premisesType: field.radio('经营场所使用方式', [['own', '自有'], ['lease', '租赁'], ['free', '无偿使用']]),
        capital: field.number('资金数额（万元）', { maximum: 100000 }),
        hasPreApproval: field.switch('经营范围含登记前须经批准的项目'),
        preApprovalName: field.text('前置许可证件名称及编号', { 'x-visible-when': isTrue('hasPreApproval') }),
        contactMobile: field.mobile(),
      },
      required: ['operatorName', 'operatorIdCard', 'businessScope', 'premisesAddress', 'premisesType', 'contactMobile'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '窗口受理（形式审查）', {
          stepType: 'accept',
          departmentId: 'scjg',
          deadlineDays: 0,
          checks: ['application-form', 'operator-id-card', 'premises-property', 'premises-lease', 'family-relation-proof'],
        }),
        exclusiveGateway('n-gw-pre-approval', '是否涉及前置许可'),
        step('n-verify', '前置许可核验', { stepType: 'review', departmentId: 'scjg', deadlineDays: 0, checks: ['pre-approval'] }),
        step('n-decide', '核准登记', { stepType: 'decide', departmentId: 'scjg', deadlineDays: 0, description: '当场登记，发放营业执照。' }),
        endGranted('办结（发放营业执照）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-gw-pre-approval'),
        edge('n-gw-pre-approval', 'n-verify', { label: '涉及前置许可', condition: isTrue('hasPreApproval') }),
        edge('n-gw-pre-approval', 'n-decide', { label: '一般经营项目', isDefault: true }),
        edge('n-verify', 'n-decide'),
        edge('n-decide', 'n-end-granted', { label: '予以登记' }),
      ],
    ),
  };
}
