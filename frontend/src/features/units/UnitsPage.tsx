import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "wouter";
import { api, type Schemas, unwrap } from "../../api/client";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";

type UnitNode = Schemas["UnitNode"];

export function useUnitTree() {
  return useQuery({
    queryKey: ["units", "tree"],
    queryFn: async () => unwrap(await api.GET("/api/v1/units/tree")),
    staleTime: 10 * 60_000,
  });
}

export function countUnits(nodes: readonly UnitNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countUnits(node.children ?? []), 0);
}

export default function UnitsPage() {
  const t = useT();
  const tree = useUnitTree();
  const me = useMe();
  const showTasks = can(me.data, "tasks:read");
  return (
    <>
      <PageHeader
        title={t("units.title")}
        subtitle={tree.data ? t("units.count", { count: countUnits(tree.data) }) : undefined}
      />
      <QueryView query={tree}>
        {(nodes) =>
          nodes.length === 0 ? (
            <Empty>{t("units.none")}</Empty>
          ) : (
            <div className="card">
              <ul className="unit-tree">
                {nodes.map((node) => (
                  <UnitItem key={node.id} node={node} depth={0} showTasks={showTasks} />
                ))}
              </ul>
            </div>
          )
        }
      </QueryView>
    </>
  );
}

function UnitItem({
  node,
  depth,
  showTasks,
}: {
  node: UnitNode;
  depth: number;
  showTasks: boolean;
}) {
  const t = useT();
  const children = node.children ?? [];
  const [open, setOpen] = useState(depth < 2);
  const groupId = useId();
  return (
    <li className="unit">
      <div className="unit-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="unit-toggle"
            aria-expanded={open}
            aria-controls={groupId}
            onClick={() => setOpen((value) => !value)}
          >
            <Icon name="chevron" size={18} />
            <span className="visually-hidden">
              {open
                ? t("units.collapse", { name: node.name })
                : t("units.expand", { name: node.name })}
            </span>
          </button>
        ) : (
          <span className="unit-toggle-space" aria-hidden="true" />
        )}
        <div className="unit-body">
          <span className="unit-name">{node.name}</span>
          <span className="unit-meta">
            <span>{t(`unitKind.${node.kind}` as MessageKey)}</span>
            <span className="muted">{node.code}</span>
            {node.functions.map((fn) => (
              <span key={fn} className="tag">
                {t(`unitFunction.${fn}` as MessageKey)}
              </span>
            ))}
            {children.length > 0 ? (
              <span className="muted">{t("units.childCount", { count: children.length })}</span>
            ) : null}
          </span>
        </div>
        {showTasks ? (
          <Link href={`/tasks?unit=${node.id}`} className="unit-tasks">
            {t("units.tasks")}
            <span className="visually-hidden"> {node.name}</span>
          </Link>
        ) : null}
      </div>
      {children.length > 0 ? (
        <ul id={groupId} className="unit-children" hidden={!open}>
          {children.map((child) => (
            <UnitItem key={child.id} node={child} depth={depth + 1} showTasks={showTasks} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
