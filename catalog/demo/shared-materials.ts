import type { SharedMaterial } from '../../schemas/types.generated.js';

/**
 * The shared material library (共享材料库): certificates that many matters ask for. A matter's
 * material points here with `libraryId`, so an applicant's ID card or business licence, once on
 * file (or fetched from the electronic licence library, 电子证照库), serves every case.
 */
export const DEMO_SHARED_MATERIALS: SharedMaterial[] = [
  {
    id: 'id-card',
    name: '居民身份证',
    issuer: '公安机关',
    medium: 'paper_or_electronic',
    fileTypes: ['jpg', 'png', 'pdf', 'ofd'],
    note: '正反面；可使用电子身份证或通过电子证照库调取，窗口现场核验原件。',
  },
  {
    id: 'business-license',
    name: '营业执照',
    issuer: '市场监督管理部门',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'ofd', 'jpg', 'png'],
    note: '已领取电子营业执照的，通过电子证照库调取，免于提交纸质材料。',
  },
  {
    id: 'legal-rep-id-proof',
    name: '法定代表人身份证明书',
    issuer: '申请单位出具',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'jpg', 'png'],
    note: '加盖单位公章，附法定代表人居民身份证复印件。',
  },
  {
    id: 'power-of-attorney',
    name: '授权委托书',
    issuer: '申请人（委托人）出具',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'jpg', 'png'],
    note: '载明委托事项、权限和期限；单位委托的加盖公章，个人委托的由委托人签字。',
  },
  {
    id: 'household-register',
    name: '居民户口簿',
    issuer: '公安机关',
    medium: 'paper_or_electronic',
    fileTypes: ['jpg', 'png', 'pdf'],
    note: '首页及本人页。',
  },
  {
    id: 'marriage-certificate',
    name: '结婚证',
    issuer: '民政部门（婚姻登记机关）',
    medium: 'paper_or_electronic',
    fileTypes: ['jpg', 'png', 'pdf', 'ofd'],
    note: '婚姻登记信息可通过部门间数据共享核验。',
  },
  {
    id: 'real-estate-certificate',
    name: '不动产权证书',
    issuer: '不动产登记机构',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'ofd', 'jpg', 'png'],
    note: '2015年以前核发的房屋所有权证、国有土地使用证等登记证明继续有效。',
  },
  {
    id: 'lease-contract',
    name: '房屋租赁合同',
    issuer: '出租人与承租人签订',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'jpg', 'png'],
    note: '已办理房屋租赁登记备案的，可提供备案证明。',
  },
  {
    id: 'birth-medical-certificate',
    name: '出生医学证明',
    issuer: '助产机构',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'ofd', 'jpg', 'png'],
  },
  {
    id: 'id-photo',
    name: '近期免冠彩色证件照片',
    issuer: '申请人自备',
    medium: 'paper_or_electronic',
    fileTypes: ['jpg', 'png'],
    note: '白色背景，358×441像素以上；窗口可现场采集。',
  },
  {
    id: 'labor-contract',
    name: '劳动合同',
    issuer: '用人单位与劳动者签订',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'jpg', 'png'],
  },
  {
    id: 'vehicle-license',
    name: '机动车行驶证',
    issuer: '公安机关交通管理部门',
    medium: 'paper_or_electronic',
    fileTypes: ['jpg', 'png', 'pdf', 'ofd'],
  },
  {
    id: 'project-approval-doc',
    name: '建设项目批准、核准或备案文件',
    issuer: '发展改革部门（投资项目在线审批监管平台）',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'ofd'],
    note: '已在投资项目在线审批监管平台赋码的，通过项目代码共享，免于提交。',
  },
  {
    id: 'construction-planning-permit',
    name: '建设工程规划许可证',
    issuer: '自然资源和规划部门',
    medium: 'paper_or_electronic',
    fileTypes: ['pdf', 'ofd'],
    note: '本中心核发的，通过电子证照库调取。',
  },
];
