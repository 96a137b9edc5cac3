import type { Role } from '../schemas/types.generated.js';

/** The signed-in staff member a catalogue operation runs for. Applicants never edit the catalogue. */
export interface Actor {
  username: string;
  role: Role;
  departmentId?: string;
}
