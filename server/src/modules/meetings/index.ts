/** 学讲评 meetings (learn, speak, evaluate) and their four lists: difficulties, problems, methods, measures. */
import { defineModule } from '../../graphql/module';
import type { Services } from '../../graphql/services';
import { Meeting, MeetingItem, MeetingItemEvent } from './meeting.entity';
import { meetingLoaders } from './meetings.loaders';
import { meetingInboxKinds } from './meetings.inbox';
import { MeetingFiguresResolver } from './meetings.figures';
import { MeetingItemResolver, MeetingResolver } from './meetings.resolver';
import { MeetingService } from './meetings.service';
import { meetingFileVisibility, meetingItemFileVisibility } from './meetings.visibility';

export interface MeetingsServices {
  meetings: MeetingService;
}

declare module '../../graphql/services' {
  interface Services extends MeetingsServices {}
}
declare module '../../graphql/loaders' {
  interface Loaders extends ReturnType<typeof meetingLoaders> {}
}

export const meetings = defineModule({
  name: 'meetings',
  entities: [Meeting, MeetingItem, MeetingItemEvent],
  resolvers: [MeetingResolver, MeetingItemResolver, MeetingFiguresResolver],
  services: ({ em, deps, attachEvidence, plans }: Services): MeetingsServices => ({
    meetings: new MeetingService(em, deps.now, attachEvidence, plans),
  }),
  loaders: meetingLoaders,
  inbox: meetingInboxKinds,
  fileVisibility: {
    MeetingMinutes: meetingFileVisibility,
    MeetingPhoto: meetingFileVisibility,
    MeetingItem: meetingItemFileVisibility,
  },
});
