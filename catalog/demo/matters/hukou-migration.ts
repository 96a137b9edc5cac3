import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endGranted, exclusiveGateway, field, flow, hallWindows, isTrue, matterType, shared, startNode, step,
} from '../builders.js';

/**
 * 户口迁入（市外迁入）: 公安局, 行政确认. Situations are the settlement routes (投靠、购房、
 * 人才引进); moves from another province go through 跨省迁移“一站式”办理, which adds a check
 * with the police of the place of origin.
 */
export function hukouMigrationIn(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900001603751H-QR-0001',
    name: '户口迁入（市外迁入）',
    type: matterType('QR'),
    departmentId: 'gaj',
    implementingBody: '汉江市公安局',
    exerciseLevel: 'county',
    serviceObjects: ['individual'],
    scope: '户籍在本市以外，符合本市落户政策，申请将户口迁入本市的公民。',
    legalBasis: [
      { title: '《中华人民共和国户口登记条例》', article: '第十条', text: '公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件，注销户口。' },
      { title: '《中华人民共和国户口登记条例》', article: '第十三条', text: '公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。' },
      { title: '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）' },
    ],
    acceptanceConditions: [
      '夫妻投靠：与本市户籍人员登记结婚；',
      '子女投靠：未成年子女投靠本市户籍父母；',
      '购房落户：在本市城区拥有合法稳定住所；',
      '人才引进：取得大专及以上学历或技术技能人才，在本市就业创业；',
      '跨省迁移的，实行“一站式”办理，迁入地公安机关核准后直接办理，申请人无需往返迁出地。',
    ],
    handlingType: 'promised',
    statutoryDays: 20,
    promisedDays: 7,
    fees: { charged: false, note: '不收费' },
    onSiteVisits: 1,
    onlineDepth: 3,
    windows: hallWindows('gaj', 'e-01'),
    consultPhone: deptPhone('gaj'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '准予迁入证明及户口簿（落户登记）', kind: 'approval', delivery: ['window'] },
    themes: ['户籍', '落户', '人才引进'],
    keywords: ['户口迁移', '落户', '投靠', '人才落户', '购房落户', '跨省通办', '准迁证'],
    situations: [
      { id: 'spouse', name: '夫妻投靠' },
      { id: 'child', name: '未成年子女投靠父母' },
      { id: 'house', name: '购房落户' },
      { id: 'talent', name: '人才引进落户' },
    ],
    materials: [
      shared('id-card', { id: 'id-card', requirement: 'required', form: 'original', count: 1, source: '公安机关核发', note: '未成年人无身份证的免于提交。' }),
      shared('household-register', {
        id: 'household-register',
        name: '迁移人及被投靠人（户主）居民户口簿',
        requirement: 'required',
        form: 'original',
        count: 2,
        source: '公安机关核发',
      }),
      shared('marriage-certificate', { id: 'marriage-certificate', requirement: 'conditional', condition: { situations: ['spouse'], description: '夫妻投靠的' }, form: 'original', count: 1, source: '婚姻登记机关核发' }),
      shared('birth-medical-certificate', { id: 'birth-medical-certificate', requirement: 'conditional', condition: { situations: ['child'], description: '未成年子女投靠父母的' }, form: 'original', count: 1, source: '助产机构签发' }),
      shared('real-estate-certificate', { id: 'real-estate-certificate', requirement: 'conditional', condition: { situations: ['house'], description: '购房落户的' }, form: 'original', count: 1, source: '不动产登记机构核发' }),
      {
        id: 'diploma',
        name: '毕业证书或职业技能等级证书',
        requirement: 'conditional',
        condition: { situations: ['talent'], description: '人才引进落户的' },
        form: 'original_and_copy',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf', 'jpg', 'png'],
        source: '学校或评价机构颁发；学历信息可通过学信网核验',
      },
      shared('labor-contract', {
        id: 'labor-contract',
        name: '劳动合同、就业协议或营业执照',
        requirement: 'conditional',
        condition: { situations: ['talent'], description: '人才引进落户的' },
        deferrable: true,
        form: 'copy',
        count: 1,
        source: '用人单位出具',
        note: '容缺受理：可于办理落户前补交。',
      }),
      {
        id: 'householder-consent',
        name: '户主同意入户的书面意见',
        requirement: 'conditional',
        condition: { when: isTrue('joinExistingHousehold'), description: '迁入他人户内的' },
        form: 'original',
        count: 1,
        medium: 'paper',
        source: '户主签字',
      },
    ],
    form: {
      type: 'object',
      title: '户口迁入申请',
      properties: {
        name: field.text('迁移人姓名', { maxLength: 50 }),
        idNumber: field.idCard('迁移人公民身份号码'),
        mobile: field.mobile(),
        fromAddress: field.text('迁出地户籍地址', { maxLength: 200 }),
        crossProvince: field.switch('迁出地为外省（区、市）'),
        toAddress: field.text('拟迁入地址', { maxLength: 200 }),
        joinExistingHousehold: field.switch('迁入他人户内'),
        householderName: field.text('户主姓名', { maxLength: 50, 'x-visible-when': isTrue('joinExistingHousehold') }),
        relationToHead: field.select('与户主关系', [['self', '本人（立户）'], ['spouse', '配偶'], ['child', '子女'], ['parent', '父母'], ['other', '其他']]),
        accompanyingCount: field.integer('随迁人数', { maximum: 10 }),
      },
      required: ['name', 'idNumber', 'mobile', 'fromAddress', 'toAddress', 'relationToHead'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '户籍窗口受理', { stepType: 'accept', departmentId: 'gaj', deadlineDays: 1, checks: ['id-card', 'household-register', 'householder-consent'] }),
        step('n-review', '落户条件审核', {
          stepType: 'review',
          departmentId: 'gaj',
          deadlineDays: 2,
          checks: ['marriage-certificate', 'birth-medical-certificate', 'real-estate-certificate', 'diploma', 'labor-contract'],
        }),
        exclusiveGateway('n-gw-cross-province', '是否跨省迁移'),
        step('n-origin-check', '迁出地户籍信息核查', { stepType: 'review', departmentId: 'gaj', deadlineDays: 2, description: '通过公安部人口信息系统向迁出地公安机关核查，迁出地网上办理迁出。' }),
        step('n-decide', '审批', { stepType: 'decide', departmentId: 'gaj', deadlineDays: 1 }),
        step('n-deliver', '办理落户', { stepType: 'deliver', departmentId: 'gaj', deadlineDays: 1 }),
        endGranted('办结（准予迁入并落户）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-review'),
        edge('n-review', 'n-gw-cross-province'),
        edge('n-gw-cross-province', 'n-origin-check', { label: '跨省迁移', condition: isTrue('crossProvince') }),
        edge('n-gw-cross-province', 'n-decide', { label: '省内迁移', isDefault: true }),
        edge('n-origin-check', 'n-decide'),
        edge('n-decide', 'n-deliver', { label: '准予迁入' }),
        edge('n-deliver', 'n-end-granted'),
      ],
    ),
  };
}
