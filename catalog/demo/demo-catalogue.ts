/**
 * The demo catalogue a service hall sees on Matterflow's first start: the departments of the hall,
 * the shared material library, demo staff accounts and eighteen matters of ten departments,
 * modelled on real service guides. `runtime/server/seed/seed-demo.ts` publishes each matter's
 * versions in turn (oldest first), so 建设工程规划许可证核发 arrives with a history that the
 * simplification report can compare.
 */
import type { Department, MatterDefinition, SharedMaterial } from '../../schemas/types.generated.js';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts.js';
import { DEMO_DEPARTMENTS } from './departments.js';
import { birthMedicalCertificateFirstIssue } from './matters/birth-medical-certificate.js';
import {
  CONSTRUCTION_PLANNING_PERMIT_CHANGES,
  constructionPlanningPermitV1,
  constructionPlanningPermitV2,
} from './matters/construction-planning-permit.js';
import { constructionWasteDisposalApproval } from './matters/construction-waste-disposal.js';
import { constructionWorkPermit } from './matters/construction-work-permit.js';
import { employmentUnemploymentRegistration } from './matters/employment-unemployment-registration.js';
import { fireProtectionAcceptance } from './matters/fire-protection-acceptance.js';
import { foodBusinessLicenseNew } from './matters/food-business-license.js';
import { hukouMigrationIn } from './matters/hukou-migration.js';
import { individualBusinessRegistration } from './matters/individual-business-registration.js';
import { medicalInstitutionRegistration } from './matters/medical-institution-registration.js';
import { outdoorAdvertisingPermit } from './matters/outdoor-advertising-permit.js';
import { pollutantDischargePermit } from './matters/pollutant-discharge-permit.js';
import { publicPlaceHealthPermit } from './matters/public-place-health-permit.js';
import { publicVenueFireSafetyCheck } from './matters/public-venue-fire-safety-check.js';
import { realEstateTransferRegistration } from './matters/real-estate-transfer.js';
import { residencePermitApplication } from './matters/residence-permit.js';
import { roadFreightTransportLicense } from './matters/road-freight-license.js';
import { socialSecurityCardApplication } from './matters/social-security-card.js';
import { DEMO_SHARED_MATERIALS } from './shared-materials.js';

export interface DemoMatter {
  /** Oldest first; each is published in turn. */
  versions: MatterDefinition[];
  /** One change summary per version. */
  changeSummaries: string[];
}

export interface DemoCatalogue {
  departments: Department[];
  sharedMaterials: SharedMaterial[];
  accounts: DemoAccount[];
  matters: DemoMatter[];
}

const FIRST_PUBLICATION = '首次发布：依据现行办事指南录入。';

/** Matters with a single version, in the order the catalogue lists them. */
const SINGLE_VERSION: (() => MatterDefinition)[] = [
  foodBusinessLicenseNew,
  individualBusinessRegistration,
  realEstateTransferRegistration,
  constructionWorkPermit,
  fireProtectionAcceptance,
  publicVenueFireSafetyCheck,
  publicPlaceHealthPermit,
  medicalInstitutionRegistration,
  birthMedicalCertificateFirstIssue,
  employmentUnemploymentRegistration,
  socialSecurityCardApplication,
  residencePermitApplication,
  hukouMigrationIn,
  pollutantDischargePermit,
  roadFreightTransportLicense,
  constructionWasteDisposalApproval,
  outdoorAdvertisingPermit,
];

/** A fresh copy of the whole demo catalogue (callers may mutate it). */
export function demoCatalogue(): DemoCatalogue {
  return structuredClone({
    departments: DEMO_DEPARTMENTS,
    sharedMaterials: DEMO_SHARED_MATERIALS,
    accounts: DEMO_ACCOUNTS,
    matters: [
      {
        versions: [constructionPlanningPermitV1(), constructionPlanningPermitV2()],
        changeSummaries: [...CONSTRUCTION_PLANNING_PERMIT_CHANGES],
      },
      ...SINGLE_VERSION.map((make) => ({ versions: [make()], changeSummaries: [FIRST_PUBLICATION] })),
    ],
  });
}
