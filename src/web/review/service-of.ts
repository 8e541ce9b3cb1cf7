import { ReviewService } from '../../review/service';
import type { ServiceDeps } from '../app';

/** One review service per app (so per library): the library's cached counts belong to it, not to the module. */
const services = new WeakMap<ServiceDeps, ReviewService>();

export function reviewServiceOf(deps: ServiceDeps): ReviewService {
  let service = services.get(deps);
  if (!service) services.set(deps, (service = new ReviewService(deps.db, deps.glossary, deps.compute)));
  return service;
}
