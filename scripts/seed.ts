// npm run db:seed — creates the demo organizations and users in DATABASE_URL (idempotent).
import { PrismaPg } from '@prisma/adapter-pg';
import { seedDemoData } from '@/lib/db/seed';
import { PrismaClient } from '@/lib/generated/prisma/client';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. (npm start seeds the embedded database on its first start.)');
  process.exit(1);
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  const { created } = await seedDemoData(prisma);
  console.log(created ? 'demo data created (README lists the logins)' : 'demo data already present, nothing to do');
} finally {
  await prisma.$disconnect();
}
