/** The steps of a resident request and the three rates: operations that are not CRUD. */
import { graphql } from '../gql';
import type { ResidentEvaluation } from '../gql/graphql';
import { call } from './call';

const ACCEPT = graphql(`
  mutation AcceptResidentRequest($id: ID!) {
    data: acceptResidentRequest(id: $id) {
      id
      stage
    }
  }
`);
const MERGE = graphql(`
  mutation MergeResidentRequest($id: ID!, $intoId: ID!, $note: String) {
    data: mergeResidentRequest(id: $id, intoId: $intoId, note: $note) {
      id
      stage
    }
  }
`);
const REFER = graphql(`
  mutation ReferResidentRequest($id: ID!, $unitId: ID!, $reason: String!) {
    data: referResidentRequest(id: $id, unitId: $unitId, reason: $reason) {
      id
      stage
    }
  }
`);
const HANDLE = graphql(`
  mutation HandleResidentRequest($id: ID!, $responsibleUnit: String!, $responsiblePerson: String!) {
    data: handleResidentRequest(id: $id, responsibleUnit: $responsibleUnit, responsiblePerson: $responsiblePerson) {
      id
      stage
    }
  }
`);
const FEEDBACK = graphql(`
  mutation FeedbackResidentRequest($id: ID!, $feedback: String!) {
    data: feedbackResidentRequest(id: $id, feedback: $feedback) {
      id
      stage
    }
  }
`);
const EVALUATE = graphql(`
  mutation RecordResidentEvaluation($id: ID!, $evaluation: ResidentEvaluation!, $comment: String) {
    data: recordResidentEvaluation(id: $id, evaluation: $evaluation, comment: $comment) {
      id
      stage
    }
  }
`);
const MEETING = graphql(`
  mutation CreateResidentMeetingFor($input: CreateResidentMeetingInput!) {
    data: createResidentMeeting(input: $input) {
      id
    }
  }
`);
const RATES = graphql(`
  query ResidentRatesPage($unitId: ID!, $year: Int!) {
    data: residentRates(unitId: $unitId, year: $year) {
      unit {
        unitId
        unitName
        level
        figures {
          total
          respondedOnTime
          resolved
          evaluated
          satisfied
          overdue
          responseRate
          resolutionRate
          satisfactionRate
        }
      }
      byChild {
        unitId
        unitName
        level
        figures {
          total
          overdue
          responseRate
          resolutionRate
          satisfactionRate
        }
      }
      byMonth {
        month
        figures {
          total
          responseRate
          resolutionRate
          satisfactionRate
        }
      }
    }
  }
`);

export const residentsApi = {
  accept: (id: string) => call(ACCEPT, { id }),
  merge: (id: string, intoId: string, note?: string) => call(MERGE, { id, intoId, note: note ?? null }),
  refer: (id: string, unitId: string, reason: string) => call(REFER, { id, unitId, reason }),
  handle: (id: string, responsibleUnit: string, responsiblePerson: string) =>
    call(HANDLE, { id, responsibleUnit, responsiblePerson }),
  feedback: (id: string, feedback: string) => call(FEEDBACK, { id, feedback }),
  evaluate: (id: string, evaluation: ResidentEvaluation, comment?: string) =>
    call(EVALUATE, { id, evaluation, comment: comment ?? null }),
  meeting: (input: {
    unitId: string;
    heldOn: string;
    topic: string;
    attendees: string;
    solution: string;
    requestIds: string[];
  }) => call(MEETING, { input }),
  rates: (unitId: string, year: number) => call(RATES, { unitId, year }),
};
