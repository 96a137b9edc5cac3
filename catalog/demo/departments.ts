import type { Department } from '../../schemas/types.generated.js';

/**
 * The demo city's departments as they sit in one service hall (市政务服务中心).
 *
 * 汉江市 is a fictitious prefecture-level city: its name, the hall's address, the phone numbers and
 * the region code 619900 used in matter codes are made up for the demo. Department names, the
 * zoning of the hall (企业开办、工程建设、社会事务、不动产登记 …) and the window names follow
 * how real city halls are laid out.
 */
export const DEMO_CITY = '汉江市';
export const DEMO_HALL_NAME = '汉江市政务服务中心';
export const DEMO_HALL_ADDRESS = '汉江市高新区天宝路8号 汉江市政务服务中心';
export const DEMO_HALL_HOURS = '周一至周五（法定节假日除外）上午9:00—12:00，下午13:30—17:30；周六上午延时服务';
/** 12345 政务服务便民热线: where complaints about any department go. */
export const DEMO_COMPLAINT_PHONE = '12345';

/**
 * The story matter of the front desk (设置大型户外广告审批, 城管局): the centre's 综合受理窗口 takes
 * it in for 城管局 (前台综合受理、后台分类审批) and issues the result (统一出件).
 */
export const FRONT_DESK_MATTER_CODE = '11619900MB1588317X-XK-0002';

export const DEMO_DEPARTMENTS: Department[] = [
  {
    // The centre's own front desk: it owns no matters, it accepts and delivers for other departments.
    id: 'zhzx',
    name: '汉江市政务服务中心综合窗口',
    shortName: '综合窗口',
    phone: '0915-3261000',
    address: `${DEMO_HALL_ADDRESS}一楼大厅（综合受理区）`,
    frontDesk: true,
    windows: [{ id: 'zh-01', name: '综合受理窗口', location: '一楼大厅 综合受理区 无差别受理', acceptsMatters: [FRONT_DESK_MATTER_CODE] }],
    active: true,
  },
  {
    id: 'scjg',
    name: '汉江市市场监督管理局',
    shortName: '市场监管局',
    phone: '0915-3261101',
    address: `${DEMO_HALL_ADDRESS}一楼A区（企业开办专区）`,
    windows: [
      { id: 'a-01', name: 'A区1号窗口', location: '一楼A区 企业开办综合窗口' },
      { id: 'a-02', name: 'A区2号窗口', location: '一楼A区 食品经营许可' },
      { id: 'a-03', name: 'A区3号窗口', location: '一楼A区 个体工商户登记' },
      { id: 'a-04', name: 'A区4号窗口', location: '一楼A区 登记注册帮办代办' },
    ],
    active: true,
  },
  {
    id: 'zrzy',
    name: '汉江市自然资源和规划局',
    shortName: '自然资源和规划局',
    phone: '0915-3261201',
    address: `${DEMO_HALL_ADDRESS}二楼C区（工程建设项目审批专区）、一楼F区（不动产登记专区）`,
    windows: [
      { id: 'c-01', name: 'C区1号窗口', location: '二楼C区 工程建设项目综合受理' },
      { id: 'c-02', name: 'C区2号窗口', location: '二楼C区 规划许可' },
      { id: 'f-01', name: 'F区1号窗口', location: '一楼F区 不动产登记“一窗受理”' },
      { id: 'f-02', name: 'F区2号窗口', location: '一楼F区 不动产登记发证' },
    ],
    active: true,
  },
  {
    id: 'zjj',
    name: '汉江市住房和城乡建设局',
    shortName: '住建局',
    phone: '0915-3261301',
    address: `${DEMO_HALL_ADDRESS}二楼C区（工程建设项目审批专区）`,
    windows: [
      { id: 'c-03', name: 'C区3号窗口', location: '二楼C区 施工许可' },
      { id: 'c-04', name: 'C区4号窗口', location: '二楼C区 消防设计审查验收' },
      { id: 'c-05', name: 'C区5号窗口', location: '二楼C区 商品房预售与房屋交易' },
    ],
    active: true,
  },
  {
    id: 'rfb',
    name: '汉江市人民防空办公室',
    shortName: '人防办',
    phone: '0915-3261351',
    address: `${DEMO_HALL_ADDRESS}二楼C区（工程建设项目审批专区）`,
    windows: [{ id: 'c-06', name: 'C区6号窗口', location: '二楼C区 人防工程审批' }],
    active: true,
  },
  {
    id: 'xfjy',
    name: '汉江市消防救援支队',
    shortName: '消防救援支队',
    phone: '0915-3261119',
    address: `${DEMO_HALL_ADDRESS}二楼C区（工程建设项目审批专区）`,
    windows: [{ id: 'c-07', name: 'C区7号窗口', location: '二楼C区 消防业务受理' }],
    active: true,
  },
  {
    id: 'sthj',
    name: '汉江市生态环境局',
    shortName: '生态环境局',
    phone: '0915-3261401',
    address: `${DEMO_HALL_ADDRESS}二楼C区（工程建设项目审批专区）`,
    windows: [{ id: 'c-08', name: 'C区8号窗口', location: '二楼C区 环评审批与排污许可' }],
    active: true,
  },
  {
    id: 'wjw',
    name: '汉江市卫生健康委员会',
    shortName: '卫健委',
    phone: '0915-3261501',
    address: `${DEMO_HALL_ADDRESS}一楼B区（社会事务专区）`,
    windows: [
      { id: 'b-01', name: 'B区1号窗口', location: '一楼B区 医疗机构审批' },
      { id: 'b-02', name: 'B区2号窗口', location: '一楼B区 公共卫生许可、出生医学证明' },
    ],
    active: true,
  },
  {
    id: 'jtj',
    name: '汉江市交通运输局',
    shortName: '交通运输局',
    phone: '0915-3261601',
    address: `${DEMO_HALL_ADDRESS}一楼B区（社会事务专区）`,
    windows: [
      { id: 'b-05', name: 'B区5号窗口', location: '一楼B区 道路运输许可' },
      { id: 'b-06', name: 'B区6号窗口', location: '一楼B区 从业资格与车辆营运证' },
    ],
    active: true,
  },
  {
    id: 'cgj',
    name: '汉江市城市管理局',
    shortName: '城管局',
    phone: '0915-3261701',
    address: `${DEMO_HALL_ADDRESS}一楼B区（社会事务专区）`,
    windows: [{ id: 'b-07', name: 'B区7号窗口', location: '一楼B区 市政与市容环卫许可' }],
    active: true,
  },
  {
    id: 'rsj',
    name: '汉江市人力资源和社会保障局',
    shortName: '人社局',
    phone: '0915-3261801',
    address: `${DEMO_HALL_ADDRESS}三楼D区（就业社保专区）`,
    windows: [
      { id: 'd-01', name: 'D区1号窗口', location: '三楼D区 就业创业服务' },
      { id: 'd-02', name: 'D区2号窗口', location: '三楼D区 失业保险' },
      { id: 'd-03', name: 'D区3号窗口', location: '三楼D区 社会保障卡即时制卡' },
    ],
    active: true,
  },
  {
    id: 'gaj',
    name: '汉江市公安局',
    shortName: '公安局',
    phone: '0915-3261110',
    address: `${DEMO_HALL_ADDRESS}三楼E区（公安服务专区）`,
    windows: [
      { id: 'e-01', name: 'E区1号窗口', location: '三楼E区 户籍业务' },
      { id: 'e-02', name: 'E区2号窗口', location: '三楼E区 居住证业务' },
      { id: 'e-03', name: 'E区3号窗口', location: '三楼E区 交管业务' },
    ],
    active: true,
  },
  {
    id: 'swj',
    name: '国家税务总局汉江市税务局',
    shortName: '税务局',
    phone: '0915-3261366',
    address: `${DEMO_HALL_ADDRESS}一楼F区（不动产登记专区）`,
    windows: [
      { id: 'f-03', name: 'F区3号窗口', location: '一楼F区 存量房交易税费' },
      { id: 'f-04', name: 'F区4号窗口', location: '一楼F区 新建商品房契税' },
    ],
    active: true,
  },
];
