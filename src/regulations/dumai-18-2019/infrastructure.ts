import { defineObligations } from '../define-obligation';

const chapter = 'BAB VI INFRASTRUKTUR TIK';

export const infrastructureObligations = defineObligations('dumai-18-2019', [
  {
    pasal: '18', ayat: '1', chapter, binds: 'ict_office', about: 'network', needs: 'network_registry',
    text: 'Diskominfo menyediakan, mengelola, dan memelihara infrastruktur TIK sebagaimana dimaksud dalam Pasal 4 huruf e yang diperlukan untuk menjamin SPBE.',
  },
  {
    pasal: '18', ayat: '2', chapter, binds: 'ict_office', about: 'data_center', needs: 'data_center',
    text: 'Diskominfo menyiapkan Data Warehouse sebagai sistem *repository* data yang menunjang proses pertukaran data antar sistem informasi serta proses pengambilan keputusan.',
  },
  {
    pasal: '18', ayat: '4', chapter, binds: 'ict_office', about: 'data_center', needs: 'data_center',
    text: 'Pusat Data yang dikelola oleh Diskominfo secara bertahap harus memenuhi standar yang berlaku.',
  },
  {
    pasal: '18', ayat: '5', chapter, binds: 'ict_office', about: 'backup', needs: 'data_center',
    text: 'DRC wajib dilaksanakan oleh Diskominfo secara bertahap.',
  },
  {
    pasal: '18', ayat: '6', chapter, binds: 'ict_office', about: 'backup', needs: 'data_center',
    text: 'DRC ditempatkan pada lokasi yang jauh dari Pusat Data dan resiko terjadinya insiden keamanan informasi.',
  },
  {
    pasal: '18', ayat: '7', chapter, binds: 'ict_office', about: 'network', needs: 'network_registry',
    text: '*Backbone* antar OPD dibangun secara bertahap menggunakan media *FO*.',
  },
  {
    pasal: '19', ayat: '1', chapter, binds: 'every_agency', about: 'network', needs: 'network_registry',
    text: 'Setiap perangkat jaringan di semua OPD yang menghubungkan jaringan komputer harus diberi label kode alamat antar *node*.',
  },
  {
    pasal: '19', ayat: '2', chapter, binds: 'ict_office', about: 'network', needs: 'network_registry',
    text: 'Diskominfo secara bertahap harus memastikan memiliki *Autonomous System (AS) Number*.',
  },
  {
    pasal: '19', ayat: '4', chapter, binds: 'ict_office', about: 'site_unblock', needs: 'requests',
    text: 'Diskominfo dapat membuka akses situs yang telah diblokir apabila ada pengajuan permintaan secara resmi dari OPD dalam rangka melaksanakan pekerjaan sesuai tugas dan fungsi OPD.',
  },
  {
    pasal: '19', ayat: '5', chapter, binds: 'every_agency', about: 'asset', needs: 'asset_registry',
    text: 'Setiap perangkat TIK harus tercatat usia dan kondisi kinerjanya agar dapat diantisipasi pengantiannya untuk menjamin keberlangsungan layanan TIK.',
  },
  {
    pasal: '19', ayat: '6', chapter, binds: 'every_agency', about: 'asset', needs: 'asset_registry',
    text: 'Pengadaan perangkat baru, tambahan, dan/atau penggantian harus mengantisipasi kebutuhan teknologi paling sedikit 2 (dua) tahun ke depan dan kompatibel dengan perangkat yang sudah ada.',
  },
  {
    pasal: '20', ayat: '1', chapter, binds: 'every_agency', about: 'asset', needs: 'asset_registry',
    text: 'OPD dapat menyediakan, mengelola, memanfaatkan, dan memelihara infrastruktur TIK sendiri sesuai kebutuhannya dan berkoordinasi dengan Diskominfo.',
  },
  {
    pasal: '20', ayat: '3', chapter, binds: 'every_agency', about: 'network', needs: 'network_registry',
    text: 'Seluruh infrastruktur TIK yang diselenggarakan oleh Diskominfo, dimanfaatkan sebagai sarana bekerja untuk kepentingan kedinasan.',
  },
  {
    pasal: '20', ayat: '4', chapter, binds: 'every_agency', about: 'asset', needs: 'asset_registry',
    text: 'OPD wajib menginventarisasi seluruh perangkat TIK ke dalam sistem informasi aset Pemerintah Kota melalui OPD yang membidangi Aset Daerah.',
  },
  {
    pasal: '20', ayat: '5', chapter, binds: 'ict_office', about: 'asset', needs: 'asset_registry',
    text: 'Penyediaan dan pengelolaan infrastruktur yang dilaksanakan oleh Diskominfo bekerjasama dengan pihak ketiga yang berbadan hukum.',
  },
  {
    pasal: '20', ayat: '6', chapter, binds: 'every_agency', about: 'application', needs: 'application_registry',
    text: 'OPD yang mendapatkan perangkat sistem informasi dari pemerintah pusat/provinsi atau lainnya wajib berkoordinasi dengan Diskominfo untuk dilakukan sinkronisasi integrasi sistem.',
  },
]);
