/**
 * Registers API routes together with their documentation, so the OpenAPI document is generated from
 * the very table express serves and cannot drift from it.
 */
import type { RequestHandler, Router } from 'express';

export type Access = 'public' | 'staff' | 'admin';

export interface QueryParamDoc {
  name: string;
  description: string;
  schema: Record<string, unknown>;
  required?: boolean;
}

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** express-style path under /api, e.g. `/matters/:code`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  description?: string;
  query?: QueryParamDoc[];
  /** JSON Schema of the request body (may `$ref` our schemas as `#/components/schemas/<Name>`). */
  body?: Record<string, unknown>;
  /** JSON Schema of the success body. */
  response?: Record<string, unknown>;
  /** Success status, 200 unless given. */
  status?: number;
  /** Success content type, application/json unless given. */
  produces?: string;
}

export class ApiRoutes {
  readonly specs: RouteSpec[] = [];

  constructor(readonly router: Router) {}

  add(spec: RouteSpec, handler: RequestHandler): void {
    this.specs.push(spec);
    this.router[spec.method](spec.path, handler);
  }
}

/** `$ref` to one of our schemas inside the OpenAPI document. */
export const ref = (component: string): Record<string, unknown> => ({ $ref: `#/components/schemas/${component}` });
