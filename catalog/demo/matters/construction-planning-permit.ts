import type { Material, MatterDefinition } from '../../../schemas/types.generated.js';
import { DEMO_COMPLAINT_PHONE } from '../departments.js';
import {
  agentFields, deptPhone, edge, endGranted, field, flow, hallWindows, isTrue, matterType, parallelGateway, shared, startNode, step,
} from '../builders.js';

/**
 * 建设工程规划许可证核发: 自然资源和规划局, 行政许可 — the matter with history for the
 * simplification report.
 *
 * V1 (before the 工程建设项目审批制度改革): five steps in sequence through 规划、住建、人防, eight
 * materials, 20 working days promised, three visits (submit, design-scheme meeting, collect).
 * V2 (after): one window accepts, 规划、住建、人防 review in parallel, three materials now shared
 * by the licence and project databases, 7 working days, one visit.
 */
const CODE = '11619900MB1597823F-XK-0001';
const NAME = '建设工程规划许可证核发';

function common(): Omit<MatterDefinition, 'legalBasis' | 'promisedDays' | 'onSiteVisits' | 'onlineDepth' | 'materials' | 'form' | 'flow'> {
  return {
    schemaVersion: 1,
    code: CODE,
    name: NAME,
    type: matterType('XK'),
    departmentId: 'zrzy',
    implementingBody: '汉江市自然资源和规划局',
    exerciseLevel: 'city',
    serviceObjects: ['legal_person'],
    scope: '在本市城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的建设单位或者个人。',
    acceptanceConditions: [
      '已依法取得建设项目用地（国有土地使用权出让合同或划拨决定书、不动产权证书等）；',
      '建设工程设计方案符合控制性详细规划和规划条件；',
      '申请材料齐全、符合法定形式。',
    ],
    handlingType: 'promised',
    statutoryDays: 20,
    fees: { charged: false, note: '不收费' },
    windows: hallWindows('zrzy', 'c-01', 'c-02'),
    consultPhone: deptPhone('zrzy'),
    complaintPhone: DEMO_COMPLAINT_PHONE,
    result: { name: '建设工程规划许可证', kind: 'license', delivery: ['window', 'mail', 'electronic'] },
    themes: ['工程建设', '工程建设项目审批'],
    keywords: ['规划许可', '工程规划许可证', '设计方案', '工程建设项目审批', '并联审批'],
    situations: [],
  };
}

function applicationForm(): Material {
  return {
    id: 'application-form',
    name: '建设工程规划许可申请表',
    requirement: 'required',
    form: 'original',
    count: 1,
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'ofd'],
    source: '工程建设项目审批管理系统在线填报',
  };
}

function powerOfAttorney(): Material {
  return shared('power-of-attorney', {
    id: 'power-of-attorney',
    requirement: 'conditional',
    condition: { when: isTrue('hasAgent'), description: '委托他人代为办理的' },
    form: 'original',
    count: 1,
    source: '建设单位出具',
  });
}

function landCertificate(): Material {
  return shared('real-estate-certificate', {
    id: 'land-certificate',
    name: '建设用地不动产权证书或其他土地权属证明',
    requirement: 'required',
    form: 'copy',
    count: 1,
    source: '不动产登记机构核发',
  });
}

function designScheme(): Material {
  return {
    id: 'design-scheme',
    name: '建设工程设计方案（总平面图、各层平面图、立面图、剖面图及经济技术指标）',
    requirement: 'required',
    form: 'original',
    count: 1,
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'zip'],
    source: '具有相应资质的设计单位编制',
  };
}

function topographicMap(deferrable: boolean): Material {
  return {
    id: 'topographic-map',
    name: '1:500现状地形图',
    requirement: 'required',
    ...(deferrable ? { deferrable: true, note: '容缺受理：可在审批决定前补交。' } : {}),
    form: 'original',
    count: 1,
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'zip'],
    source: '具有测绘资质的单位测绘',
  };
}

function form(): MatterDefinition['form'] {
  return {
    type: 'object',
    title: '建设工程规划许可申请',
    properties: {
      builderName: field.text('建设单位名称'),
      uscc: field.uscc(),
      projectName: field.text('项目名称', { maxLength: 200 }),
      projectCode: field.text('投资项目代码', { pattern: '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$', description: '投资项目在线审批监管平台赋予的项目代码，如 2024-619900-47-01-012345' }),
      projectAddress: field.text('建设地点', { maxLength: 200 }),
      totalFloorArea: field.number('总建筑面积（平方米）'),
      contactMobile: field.mobile(),
      ...agentFields(),
    },
    required: ['builderName', 'uscc', 'projectName', 'projectCode', 'projectAddress', 'totalFloorArea', 'contactMobile'],
  };
}

/** V1: the process before the reform. */
export function constructionPlanningPermitV1(): MatterDefinition {
  return {
    ...common(),
    legalBasis: [
      {
        title: '《中华人民共和国城乡规划法》',
        article: '第四十条',
        text: '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。',
      },
      { title: '《中华人民共和国行政许可法》', article: '第四十二条', text: '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。' },
    ],
    promisedDays: 20,
    onSiteVisits: 3,
    onlineDepth: 2,
    materials: [
      applicationForm(),
      shared('business-license', { id: 'business-license', requirement: 'required', form: 'copy', count: 1, source: '市场监督管理部门核发' }),
      shared('legal-rep-id-proof', { id: 'legal-rep-id-proof', requirement: 'required', form: 'original', count: 1, source: '建设单位出具' }),
      powerOfAttorney(),
      shared('project-approval-doc', { id: 'project-approval', requirement: 'required', form: 'copy', count: 1, source: '发展改革部门核发' }),
      landCertificate(),
      designScheme(),
      topographicMap(false),
    ],
    form: form(),
    flow: flow(
      [
        startNode(),
        step('n-accept', '窗口受理', {
          stepType: 'accept',
          departmentId: 'zrzy',
          deadlineDays: 1,
          checks: ['application-form', 'business-license', 'legal-rep-id-proof', 'power-of-attorney', 'project-approval', 'land-certificate'],
        }),
        step('n-planning-review', '规划审查', { stepType: 'review', departmentId: 'zrzy', deadlineDays: 5, checks: ['design-scheme', 'topographic-map'] }),
        step('n-housing-review', '住建部门审查意见', { stepType: 'review', departmentId: 'zjj', deadlineDays: 5, checks: ['design-scheme'] }),
        step('n-civil-defense-review', '人防部门审查意见', { stepType: 'review', departmentId: 'rfb', deadlineDays: 5, checks: ['design-scheme'] }),
        step('n-decide', '审批决定', { stepType: 'decide', departmentId: 'zrzy', deadlineDays: 4, description: '分管领导签批后制证，申请人到窗口领取。' }),
        endGranted('办结（核发建设工程规划许可证）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-planning-review'),
        edge('n-planning-review', 'n-housing-review'),
        edge('n-housing-review', 'n-civil-defense-review'),
        edge('n-civil-defense-review', 'n-decide'),
        edge('n-decide', 'n-end-granted', { label: '准予许可' }),
      ],
    ),
  };
}

/** V2: after the reform — parallel review, shared data instead of paper, 7 working days. */
export function constructionPlanningPermitV2(): MatterDefinition {
  return {
    ...common(),
    legalBasis: [
      {
        title: '《中华人民共和国城乡规划法》',
        article: '第四十条',
        text: '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。',
      },
      { title: '《中华人民共和国行政许可法》', article: '第二十六条', text: '行政许可依法由地方人民政府两个以上部门分别实施的，本级人民政府可以确定一个部门受理行政许可申请并转告有关部门分别提出意见后统一办理，或者组织有关部门联合办理、集中办理。' },
      { title: '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）' },
    ],
    promisedDays: 7,
    onSiteVisits: 1,
    onlineDepth: 3,
    materials: [applicationForm(), powerOfAttorney(), landCertificate(), designScheme(), topographicMap(true)],
    form: form(),
    flow: flow(
      [
        startNode(),
        step('n-accept', '综合窗口受理', {
          stepType: 'accept',
          departmentId: 'zrzy',
          deadlineDays: 1,
          checks: ['application-form', 'power-of-attorney', 'land-certificate'],
          description: '营业执照、法定代表人身份、项目立项信息通过电子证照库和投资项目在线审批监管平台共享核验。',
        }),
        parallelGateway('n-fork', '并联审查'),
        step('n-planning-review', '规划审查', { stepType: 'review', departmentId: 'zrzy', deadlineDays: 3, checks: ['design-scheme', 'topographic-map'] }),
        step('n-housing-review', '住建部门审查意见', { stepType: 'review', departmentId: 'zjj', deadlineDays: 3, checks: ['design-scheme'] }),
        step('n-civil-defense-review', '人防部门审查意见', { stepType: 'review', departmentId: 'rfb', deadlineDays: 3, checks: ['design-scheme'] }),
        parallelGateway('n-join', '汇总意见'),
        step('n-decide', '审批决定', { stepType: 'decide', departmentId: 'zrzy', deadlineDays: 2 }),
        step('n-deliver', '制证送达', { stepType: 'deliver', departmentId: 'zrzy', deadlineDays: 1, description: '同步生成电子证照，纸质证书可免费邮寄。' }),
        endGranted('办结（核发建设工程规划许可证）'),
      ],
      [
        edge('n-start', 'n-accept'),
        edge('n-accept', 'n-fork'),
        edge('n-fork', 'n-planning-review'),
        edge('n-fork', 'n-housing-review'),
        edge('n-fork', 'n-civil-defense-review'),
        edge('n-planning-review', 'n-join'),
        edge('n-housing-review', 'n-join'),
        edge('n-civil-defense-review', 'n-join'),
        edge('n-join', 'n-decide'),
        edge('n-decide', 'n-deliver', { label: '准予许可' }),
        edge('n-deliver', 'n-end-granted'),
      ],
    ),
  };
}

/** What changed from V1 to V2, as the editor wrote it when submitting V2. */
export const CONSTRUCTION_PLANNING_PERMIT_CHANGES = [
  '首次发布：按原审批流程（规划、住建、人防依次审查）录入。',
  '工程建设项目审批制度改革：规划、住建、人防由串联改为并联审查；营业执照、法定代表人身份证明、项目批准文件改为数据共享免于提交；地形图容缺受理；承诺时限由20个工作日压缩至7个工作日，到现场次数由3次减为1次。',
];
