import { IsOptional, IsString, Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, type ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { nodeSelection, type SelectionTree, selects } from '../selection';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start, at most ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end, at most ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE, { message: `last must be at most ${MAX_PAGE_SIZE}` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  before?: string | null;

  /**
   * Not an argument: false when the query does not select `totalCount` (the resolver sets it
   * from the selection), so the list does not count every matching row for nothing.
   */
  countTotal?: boolean;

  /** Not an argument: the fields the query reads of the nodes, when the resolver knows them. */
  nodeFields?: SelectionTree;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** 0 when the arguments said it would not be read (`countTotal: false`). */
  totalCount: number;
}

/**
 * Base of a Relay connection: `class PracticeConnection extends Connection(Practice) {}`
 * gives `PracticeConnection` with `PracticeEdge`s.
 */
export function Connection<T extends object>(Node: ClassType<T>) {
  const name = Node.name;

  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor: string;

    @Field(() => Node)
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter, on all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** `orderBy` input for a list: a field enum of its own and a direction. */
export function OrderBy<F extends string>(name: string, fieldEnum: Record<string, F>, defaultField: F) {
  registerEnumType(fieldEnum, { name: `${name}OrderField` });
  @InputType(`${name}OrderBy`)
  class OrderByInput {
    @Field(() => fieldEnum, { defaultValue: defaultField })
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction: SortDirection;
  }
  return OrderByInput;
}

/**
 * A list's arguments, told what the query reads: whether `totalCount` (a partner's page rarely
 * does) and which fields of the nodes (long texts it does not show are not read).
 */
export function withSelection<A extends ConnectionArgs>(args: A, info: GraphQLResolveInfo): A {
  args.countTotal = selects(info, 'totalCount');
  args.nodeFields = nodeSelection(info);
  return args;
}
