-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "originalAuthor" TEXT;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "originalAuthor" TEXT;

