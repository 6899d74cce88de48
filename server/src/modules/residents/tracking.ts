/** What the tracking code shows: progress and the answer, with the resident's own data masked. */
import { maskName, maskPhone } from './masking';
import type { ResidentRequestService } from './residents.service';
import type { ResidentRequest } from './resident.entity';
import { ResidentAction, ResidentStage } from './residents.enums';
import { ResidentRequestTracking } from './residents.types';

/** The view of a request just submitted, from what is in memory: nothing is read after the commit. */
export function trackingOfNew(r: ResidentRequest, unitName: string): ResidentRequestTracking {
  return Object.assign(new ResidentRequestTracking(), {
    trackingCode: r.trackingCode,
    title: r.title,
    category: r.category,
    stage: r.stage,
    unitName,
    receivedAt: r.receivedAt,
    deadline: null,
    feedback: null,
    evaluation: null,
    canEvaluate: false,
    residentName: maskName(r.residentName),
    phone: maskPhone(r.phone),
    steps: [{ action: ResidentAction.SUBMIT, toStage: r.stage, at: r.receivedAt }],
  });
}

export async function trackingOf(service: ResidentRequestService, code: string): Promise<ResidentRequestTracking> {
  const own = await service.byCode(code);
  // A merged duplicate is answered by the request it repeats.
  const r = await service.answeredBy(own);
  const events = await service.timeline(own.id);
  const later = r.id === own.id ? [] : await service.timeline(r.id);
  return Object.assign(new ResidentRequestTracking(), {
    trackingCode: own.trackingCode,
    title: own.title,
    category: own.category,
    stage: r.stage,
    unitName: r.unit.name,
    receivedAt: own.receivedAt,
    deadline: r.deadline,
    feedback: r.feedback,
    evaluation: own.id === r.id ? r.evaluation : null,
    canEvaluate: own.id === r.id && r.stage === ResidentStage.FEEDBACK,
    residentName: maskName(own.residentName),
    phone: maskPhone(own.phone),
    steps: [...events, ...later].map((e) => ({ action: e.action, toStage: e.toStage, at: e.at })),
  });
}
