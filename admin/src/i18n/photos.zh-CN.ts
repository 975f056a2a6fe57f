import type { PhotosMessages } from "./photos.en";

// 奖励、公示、活动、商品上的照片。选照片和看照片本身的说法在 app.resident.photos（和事项共用）。
export const photosZhCN = {
  too_large_plain: "这张照片太大了。",
  one_photo: "照片",
  one_photo_hint: "拍一张或从相册选一张；新照片会替换现在显示的那张。",
  current: "现在的照片",
  none: "暂无照片",
  room: "已有 %{existing} 张照片，还可添加 %{room} 张。",
  section: "照片",
  award: {
    whole_hint: "整个事迹的照片（评议会、完成的活儿）。某一户自己的照片：点该户行上的相机。",
    household_add: "为 %{household} 添加照片",
    household_hint: "勾选一户后，点该户行上的相机可添加该户自己的照片（比如庭院）。",
    households_title: "各户照片",
    household_count: "%{household}：%{count}/%{max}",
    confirm: "附照片：整体 %{award} 张，%{households} 户共 %{photos} 张。",
    result_lines: "%{households} 户附有自己的照片（共 %{photos} 张）。",
  },
  batch: {
    title: "奖励照片",
    line_column: "照片",
  },
  publicity: {
    photos_of: "照片：%{reason}",
  },
  activity: {
    title: "活动照片",
    add_title: "活动照片",
    full: "活动照片已达上限（%{max} 张）。",
  },
} satisfies PhotosMessages;
