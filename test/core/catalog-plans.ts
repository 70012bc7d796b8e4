/** Two small plans of a fictional district (huyện Thử Nghiệm): the second cites the first and a real decision. */

export const PLAN_15 = `ỦY BAN NHÂN DÂN
HUYỆN THỬ NGHIỆM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/KH-UBND

Thử Nghiệm, ngày 06 tháng 02 năm 2024

KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia năm 2024

Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;

## I. MỤC ĐÍCH, YÊU CẦU

Triển khai Quyết định số 1719/QĐ-TTg.
`;

export const PLAN_32 = `ỦY BAN NHÂN DÂN
HUYỆN THỬ NGHIỆM

Số: 32/KH-UBND

Thử Nghiệm, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
Kiểm tra thực hiện Kế hoạch số 15/KH-UBND

Thực hiện Kế hoạch số 15/KH-UBND ngày 06/02/2024 của Ủy ban nhân dân huyện Thử Nghiệm;
Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ;
Kế hoạch số 15/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân huyện Thử Nghiệm đã kết thúc.
`;
