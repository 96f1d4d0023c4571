// State-level awards go through the City to Bộ Nội vụ in both rule sets; only the forwarding body's name varies.
import type { AuthorityLevels } from './authorityTable.ts';
import { cite, luat } from './legalBasis.ts';

const CHANNEL = cite('Thực tiễn Ban Thi đua - Khen thưởng Trung ương', 'lấy ý kiến nhân dân 10 ngày làm việc', 'V');

/** Thủ tướng and Chủ tịch nước levels; dossiers are forwarded by `via`. */
export function stateLevels(via: string): Pick<AuthorityLevels, 'primeMinister' | 'president'> {
  const receives = `Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương), qua ${via}`;
  return {
    primeMinister: {
      level: 'state',
      decides: 'Thủ tướng Chính phủ',
      receives,
      decidesBasis: luat('thẩm quyền khen thưởng cấp Nhà nước (chưa xác minh số điều)', 'P'),
      receivesBasis: CHANNEL,
    },
    president: {
      level: 'state',
      decides: 'Chủ tịch nước',
      receives,
      decidesBasis: luat('thẩm quyền khen thưởng cấp Nhà nước (chưa xác minh số điều)', 'P'),
      receivesBasis: CHANNEL,
    },
  };
}
