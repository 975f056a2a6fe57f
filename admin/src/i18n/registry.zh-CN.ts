import type { RegistryMessages } from "./registry.en";

// 基础信息：用户与角色、乡镇、行政村与部门。Words follow DESIGN.md's glossary.
export const registryZhCN = {
  enums: {
    Role: {
      DISTRICT_ADMIN: "区级管理员",
      DISTRICT_STAFF: "区级工作人员",
      TOWNSHIP_STAFF: "乡镇工作人员",
      VILLAGE_COMMITTEE: "村委会",
      DEPARTMENT_STAFF: "部门工作人员",
      RESIDENT: "村民",
    },
    DepartmentKind: {
      DISTRICT: "区直部门",
      TOWNSHIP: "乡镇单位",
      SUPERVISION_OFFICE: "督办机构",
    },
  },
  resources: {
    villages: {
      name: "行政村 |||| 行政村",
      fields: {
        id: "编号",
        q: "搜索",
        code: "代码",
        name: "名称",
        townshipId: "乡镇",
        hasShop: "积分超市",
        publicityDays: "公示天数",
        rankingSize: "红黑榜名次数",
        notifyPoints: "积分变动通知",
        householdCount: "农户数",
        households: "农户",
      },
      helper: {
        rankingSize: "红榜、黑榜各列前几名（1–50）",
        notifyPoints: "积分奖励或兑换入账时，通知该户的村民账号",
      },
    },
    townships: {
      name: "乡镇 |||| 乡镇",
      fields: {
        id: "编号",
        q: "搜索",
        code: "代码",
        name: "名称",
        villageCount: "行政村数",
        villages: "行政村",
        createdAt: "创建时间",
        updatedAt: "更新时间",
      },
    },
    departments: {
      name: "部门 |||| 部门",
      fields: {
        id: "编号",
        q: "搜索",
        code: "代码",
        name: "名称",
        kind: "类型",
        townshipId: "乡镇",
        active: "启用",
      },
    },
    users: {
      name: "用户 |||| 用户",
      fields: {
        id: "编号",
        q: "搜索",
        username: "用户名",
        password: "密码",
        displayName: "姓名",
        role: "角色",
        townshipId: "乡镇",
        villageId: "行政村",
        departmentId: "部门",
        householdId: "农户",
        active: "启用",
        scope: "所属",
        mustChangePassword: "须修改密码",
        lastLoginAt: "最近登录",
        createdAt: "创建时间",
      },
      helper: {
        password_edit: "留空则不修改密码；填写的新密码为临时密码，该用户下次登录须先改密码",
      },
    },
  },
} satisfies RegistryMessages;
