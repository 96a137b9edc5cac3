import type { MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  deptPhone, edge, endGranted, exclusiveGateway, field, flow, hallWindows, isNotTrue, isTrue, matterType, shared, startNode,
  step,
} from '../builders.js';

/**
 * 出生医学证明首次签发: 卫健委 (issued by the 助产机构 it designates), 公共服务. Modelled on the
 * Guangdong guide: babies born in a midwifery institution get the certificate on the spot (即办);
 * babies born outside one need the birth verified first (亲子鉴定证明 etc.).
 */
export function birthMedicalCertificateFirstIssue(): MatterDefinition {
  return {
    schemaVersion: 1,
    code: '11619900MB1534125R-GG-0001',
    name: '出生医学证明首次签发',
    type: matterType('GG'),
    departmentId: 'wjw',
    implementingBody: '汉江市卫生健康委员会（委托辖区助产机构签发）',
    exerciseLevel: 'county',
    serviceObjects: ['individual'],
    scope: '在本市具有助产技术服务资质的医疗保健机构（助产机构）内出生的新生儿，或在助产机构外出生且拟在本市落户的新生儿。',
    legalBasis: [
      { title: '《中华人民共和国母婴保健法》', article: '第二十三条', text: '医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明。' },
      { title: '《中华人民共和国母婴保健法实施办法》' },
    ],
    acceptanceConditions: [
      '在本市助产机构内出生的新生儿，由其父母或监护人向分娩的助产机构申请；',
      '在助产机构外出生且拟在本市落户的新生儿，由其父母或监护人向居住地指定的签发机构申请，经核实出生情况后签发；',
      '未提供新生儿父亲或母亲信息的，由新生儿母亲或父亲出具本人书面声明。',
    ],
    handlingType: 'promised',
    statutoryDays: 5,
    promisedDays: 3,
    fees: { charged: false, note: '不收费' },
    onSiteVisits: 1,
    onlineDepth: 3,
    windows: hallWindows('wjw', 'b-02'),
    consultPhone: deptPhone('wjw'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '出生医学证明（纸质证件及电子证照）', kind: 'certificate', delivery: ['window', 'electronic'] },
    themes: ['生育', '出生一件事'],
    keywords: ['出生证', '出生医学证明', '新生儿', '出生一件事', '落户'],
    situations: [
      { id: 'in-hospital', name: '助产机构内出生', description: '院内出生的当场签发（即办）' },
      { id: 'out-of-hospital', name: '助产机构外出生', description: '需核实出生情况，3个工作日内签发' },
    ],
    materials: [
      {
        id: 'application-form',
        name: '出生医学证明首次签发申请表',
        requirement: 'required',
        form: 'original',
        count: 1,
        medium: 'paper_or_electronic',
        fileTypes: ['pdf'],
        source: '签发机构提供，领证人签字',
      },
      shared('id-card', {
        id: 'parents-id-card',
        name: '新生儿父母居民身份证',
        requirement: 'required',
        form: 'original',
        count: 2,
        source: '公安机关核发',
        note: '现场人脸识别核验；仅一方信息的提交一份。',
      }),
      {
        id: 'single-parent-statement',
        name: '未提供新生儿父亲或母亲信息的书面声明',
        requirement: 'conditional',
        condition: { when: isTrue('singleParent'), description: '未提供新生儿父亲或母亲信息的' },
        form: 'original',
        count: 1,
        medium: 'paper',
        source: '新生儿母亲或父亲本人签字',
      },
      {
        id: 'paternity-test',
        name: '亲子鉴定证明',
        requirement: 'conditional',
        condition: { situations: ['out-of-hospital'], description: '助产机构外出生的' },
        form: 'original',
        count: 1,
        medium: 'paper',
        source: '具有资质的司法鉴定机构出具',
      },
      {
        id: 'birth-circumstances',
        name: '出生情况证明（接生人员出具的分娩记录或医疗机构病历）',
        requirement: 'conditional',
        condition: { situations: ['out-of-hospital'], description: '助产机构外出生的' },
        form: 'original_and_copy',
        count: 1,
        medium: 'paper',
        source: '接生人员或医疗机构出具',
      },
      shared('power-of-attorney', {
        id: 'power-of-attorney',
        name: '办理出生医学证明授权委托书',
        requirement: 'conditional',
        condition: { when: isTrue('hasAgent'), description: '父母委托他人代领的' },
        form: 'original',
        count: 1,
        source: '新生儿父母签字',
      }),
    ],
    form: {
      type: 'object',
      title: '出生医学证明首次签发申请',
      properties: {
        babyName: field.text('新生儿姓名', { maxLength: 50 }),
        babyGender: field.radio('新生儿性别', [['male', '男'], ['female', '女']]),
        birthDate: field.date('出生日期'),
        motherName: field.text('母亲姓名', { maxLength: 50 }),
        motherIdCard: field.idCard('母亲公民身份号码'),
        singleParent: field.switch('仅提供母亲（或父亲）一方信息'),
        fatherName: field.text('父亲姓名', { maxLength: 50, 'x-visible-when': isNotTrue('singleParent') }),
        fatherIdCard: field.idCard('父亲公民身份号码', { 'x-visible-when': isNotTrue('singleParent') }),
        hasAgent: field.switch('委托他人代领'),
        contactMobile: field.mobile(),
      },
      required: ['babyName', 'babyGender', 'birthDate', 'motherName', 'motherIdCard', 'contactMobile'],
    },
    flow: flow(
      [
        startNode(),
        step('n-accept', '受理核验', {
          stepType: 'accept',
          departmentId: 'wjw',
          deadlineDays: 0,
          checks: ['application-form', 'parents-id-card', 'single-parent-statement', 'power-of-attorney'],
          description: '核验领证人身份及出生医学记录档案。',
        }),
        exclusiveGateway('n-gw-birthplace', '出生地点'),
        step('n-verify-birth', '出生情况核实', { stepType: 'review', departmentId: 'wjw', deadlineDays: 3, checks: ['paternity-test', 'birth-circumstances'] }),
        step('n-issue', '签发打证', { stepType: 'decide', departmentId: 'wjw', deadlineDays: 0, description: '打印纸质证件，同步签发电子证照；领证人签字确认，存根归档。' }),
        endGranted('办结（签发出生医学证明）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-gw-birthplace'),
        edge('n-gw-birthplace', 'n-verify-birth', { label: '助产机构外出生', condition: { '==': [{ var: 'situation' }, 'out-of-hospital'] } }),
        edge('n-gw-birthplace', 'n-issue', { label: '助产机构内出生：即办', isDefault: true }),
        edge('n-verify-birth', 'n-issue'),
        edge('n-issue', 'n-end-granted', { label: '予以签发' }),
      ],
    ),
  };
}
