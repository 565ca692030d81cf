// One list of the site's sections: the header navigation, breadcrumbs and tests read it.
export interface Section {
  href: string;
  label: string;
}

export const sections: Section[] = [
  { href: '/nghi-quyet/', label: 'Nghị quyết' },
  { href: '/van-ban/', label: 'Văn bản' },
  { href: '/cam-nang/', label: 'Cẩm nang giám sát' },
  { href: '/chuyen-muc/di-tich/', label: 'Di tích, địa chỉ đỏ' },
  { href: '/chuyen-muc/guong-sang/', label: 'Gương sáng' },
  { href: '/tu-kiem-tra/', label: 'Tự kiểm tra' },
  { href: '/ket-qua/', label: 'Kết quả' },
  { href: '/tim-kiem/', label: 'Tìm kiếm' },
  { href: '/rieng-tu/', label: 'Quyền riêng tư' },
];

export const homeCrumb: Section = { href: '/', label: 'Trang chủ' };
