import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endGranted, eq, exclusiveGateway, field, flow, hallWindows, isTrue, matterType, shared, startNode, step,
} from '../builders.js';

/**
 * 社会保障卡申领: 人社局, 公共服务. 即时制卡 at the hall's self-service and window printers (立等可取),
 * or batch issuance through a partner bank (up to 10 working days).
 */
export function socialSecurityCardApplication(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900MB1529903B-GG-0002',
    name: '社会保障卡申领',
    type: matterType('GG'),
    departmentId: 'rsj',
    implementingBody: '汉江市社会保险经办中心（社会保障卡服务中心）',
    exerciseLevel: 'city',
    serviceObjects: ['individual'],
    scope: '在本市参加社会保险或拟在本市享受人力资源和社会保障服务的人员，首次申领或补领、换领第三代社会保障卡。',
    legalBasis: [
      { title: '《中华人民共和国社会保险法》', article: '第五十八条', text: '国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。' },
    ],
    acceptanceConditions: [
      '持有有效居民身份证或其他有效身份证件；',
      '未满16周岁的，由监护人代为申领；',
      '补领、换领的，原卡已办理挂失或交回。',
    ],
    handlingType: 'promised',
    statutoryDays: 20,
    promisedDays: 10,
    fees: { charged: false, note: '首次申领、到期换领免费；补领按规定工本费由合作银行承担' },
    onSiteVisits: 1,
    onlineDepth: 3,
    windows: hallWindows('rsj', 'd-03'),
    consultPhone: deptPhone('rsj'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '社会保障卡（含电子社会保障卡签发）', kind: 'certificate', delivery: ['window', 'mail', 'electronic'] },
    themes: ['社会保障', '就业'],
    keywords: ['社保卡', '社会保障卡', '即时制卡', '补卡', '换卡', '第三代社保卡'],
    situations: [
      { id: 'first', name: '首次申领' },
      { id: 'replace', name: '补领、换领', description: '遗失、损坏或有效期满' },
    ],
    materials: [
      shared('id-card', { id: 'id-card', requirement: 'required', form: 'original', count: 1, source: '公安机关核发' }),
      shared('id-photo', {
        id: 'id-photo',
        requirement: 'conditional',
        condition: { when: eq('photoSource', 'upload'), description: '不在窗口现场采集照片的' },
        form: 'original',
        count: 1,
        medium: 'electronic',
        source: '申请人自备',
      }),
      shared('household-register', {
        id: 'minor-household-register',
        name: '未成年人居民户口簿',
        requirement: 'conditional',
        condition: { when: isTrue('isMinor'), description: '未满16周岁且未办理居民身份证的' },
        form: 'original',
        count: 1,
        source: '公安机关核发',
      }),
      shared('id-card', {
        id: 'guardian-id-card',
        name: '监护人居民身份证',
        requirement: 'conditional',
        condition: { when: isTrue('isMinor'), description: '监护人代为申领的' },
        form: 'original',
        count: 1,
        source: '公安机关核发',
      }),
      {
        id: 'old-card',
        name: '原社会保障卡',
        requirement: 'conditional',
        condition: { situations: ['replace'], description: '换领的（遗失补领的无需提交）' },
        form: 'original',
        count: 1,
        medium: 'paper',
        source: '申请人持有',
      },
    ],
    form: {
      type: 'object',
      title: '社会保障卡申领',
      properties: {
        name: field.text('姓名', { maxLength: 50 }),
        idNumber: field.idCard(),
        mobile: field.mobile(),
        isMinor: field.switch('未满16周岁（由监护人代办）'),
        guardianName: field.text('监护人姓名', { maxLength: 50, 'x-visible-when': isTrue('isMinor') }),
        bank: field.select('服务银行', [['icbc', '中国工商银行'], ['abc', '中国农业银行'], ['boc', '中国银行'], ['ccb', '中国建设银行'], ['psbc', '中国邮政储蓄银行'], ['rcb', '汉江农村商业银行']]),
        cardMode: field.radio('制卡方式', [['instant', '即时制卡（窗口立等可取）'], ['batch', '银行批量制卡（邮寄或网点领取）']]),
        photoSource: field.radio('照片来源', [['on-site', '窗口现场采集'], ['upload', '上传电子照片']]),
        mailingAddress: field.text('邮寄地址', { maxLength: 200, 'x-visible-when': eq('cardMode', 'batch') }),
      },
      required: ['name', 'idNumber', 'mobile', 'bank', 'cardMode', 'photoSource'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '窗口受理', { stepType: 'accept', departmentId: 'rsj', deadlineDays: 0, checks: ['id-card', 'minor-household-register', 'guardian-id-card', 'old-card'] }),
        step('n-verify', '信息核验', {
          stepType: 'decide',
          departmentId: 'rsj',
          deadlineDays: 0,
          checks: ['id-photo'],
          description: '比对公安人口信息及全国社会保障卡持卡库，防止重复持卡。',
        }),
        exclusiveGateway('n-gw-card-mode', '制卡方式'),
        step('n-instant', '即时制卡发放', { stepType: 'deliver', departmentId: 'rsj', deadlineDays: 0 }),
        step('n-batch', '银行批量制卡', { stepType: 'other', departmentId: 'rsj', deadlineDays: 10, description: '合作银行制卡、写卡，卡片寄送或网点领取，激活后启用。' }),
        endGranted('办结（发放社会保障卡）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-verify'),
        edge('n-verify', 'n-gw-card-mode', { label: '核验通过' }),
        edge('n-gw-card-mode', 'n-instant', { label: '即时制卡', condition: eq('cardMode', 'instant') }),
        edge('n-gw-card-mode', 'n-batch', { label: '批量制卡', isDefault: true }),
        edge('n-instant', 'n-end-granted'),
        edge('n-batch', 'n-end-granted'),
      ],
    ),
  };
}
