/** 创建动态 and 学讲评 steps that are not CRUD: preview, submit, review, withdraw; closing list items. */
import { graphql } from '../gql';
import type { CloseMeetingItemInput, PostFormat, ReviewPostInput } from '../gql/graphql';
import { call } from './call';
import { liveToken } from './session';
import { starsProvider } from './stars';

const PREVIEW = graphql(`
  query PostPreview($format: PostFormat!, $body: String!) {
    data: postPreview(format: $format, body: $body)
  }
`);
const SUBMIT = graphql(`
  mutation SubmitPost($id: ID!) {
    data: submitPost(id: $id) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation ReviewPost($id: ID!, $input: ReviewPostInput!) {
    data: reviewPost(id: $id, input: $input) {
      id
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawPost($id: ID!, $comment: String!) {
    data: withdrawPost(id: $id, comment: $comment) {
      id
      status
    }
  }
`);
const ADD_ITEM = graphql(`
  mutation AddMeetingItem($meetingId: ID!, $input: AddMeetingItemInput!) {
    data: addMeetingItem(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
const CLOSE_ITEM = graphql(`
  mutation CloseMeetingItem($id: ID!, $input: CloseMeetingItemInput!) {
    data: closeMeetingItem(id: $id, input: $input) {
      id
      status
    }
  }
`);
const REOPEN_ITEM = graphql(`
  mutation ReopenMeetingItem($id: ID!, $note: String!) {
    data: reopenMeetingItem(id: $id, note: $note) {
      id
      status
    }
  }
`);
const TO_PLAN = graphql(`
  mutation MeetingItemToPlanItem($id: ID!) {
    data: meetingItemToPlanItem(id: $id) {
      id
      planItemId
    }
  }
`);

const MEETING_PHOTOS = graphql(`
  query PostMeetingPhotos($filter: MeetingFilterInput) {
    data: meetings(filter: $filter, perPage: 20, sortField: "date", sortOrder: DESC) {
      items {
        id
        date
        theme
        photos {
          id
          name
          mimeType
        }
      }
    }
  }
`);

export interface NewMeetingItem {
  kind: 'DIFFICULTY' | 'PROBLEM' | 'METHOD' | 'MEASURE';
  content: string;
  ownerPersonId?: string | null;
  deadline?: string | null;
  evidenceRequired?: boolean;
  answersIds?: string[];
}

export const publicityApi = {
  preview: (format: PostFormat, body: string) => call(PREVIEW, { format, body }),
  submit: (id: string) => call(SUBMIT, { id }),
  review: (id: string, input: ReviewPostInput) => call(REVIEW, { id, input }),
  withdraw: (id: string, comment: string) => call(WITHDRAW, { id, comment }),
  addItem: (meetingId: string, input: NewMeetingItem) => call(ADD_ITEM, { meetingId, input }),
  closeItem: (id: string, input: CloseMeetingItemInput) => call(CLOSE_ITEM, { id, input }),
  reopenItem: (id: string, note: string) => call(REOPEN_ITEM, { id, note }),
  toPlan: (id: string) => call(TO_PLAN, { id }),
  /** Photos of the unit's recent 学讲评 meetings (newest first): evidence a post may reuse as its images. */
  meetingPhotos: async (unitId: string) =>
    (await call(MEETING_PHOTOS, { filter: { withinId: unitId } })).items.flatMap((m) =>
      m.photos
        .filter((p) => p.mimeType.startsWith('image/'))
        .map((p) => ({ id: p.id, name: p.name, meeting: `${m.date} ${m.theme}` })),
    ),
  /** Upload one image as an evidence file (POST /files); its id goes to the post's cover or images. */
  uploadImage: (file: File) => starsProvider.uploadEvidence(file),
  /** An evidence file's bytes as a local address for an <img> (GET /files/:id needs the bearer token). */
  async fileObjectUrl(id: string): Promise<string> {
    const token = liveToken();
    const res = await fetch(`/files/${encodeURIComponent(id)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) throw new Error(`file ${res.status}`);
    return URL.createObjectURL(await res.blob());
  },
};
