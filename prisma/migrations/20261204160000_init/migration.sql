-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserType" AS ENUM ('guest', 'registered');

-- CreateEnum
CREATE TYPE "CancellationType" AS ENUM ('cancel', 'refund');

-- CreateEnum
CREATE TYPE "CancellationRequestStatus" AS ENUM ('open', 'waiting', 'confirmed', 'completed', 'rejected', 'closed');

-- CreateEnum
CREATE TYPE "EasyReturnStatus" AS ENUM ('active', 'passive', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "PaymentType" AS ENUM ('credit_card', 'pay_on_delivery', 'funds_transfer', 'loyalty_money');

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "user_type" "UserType" NOT NULL,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "countries" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "countries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cities" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "country_id" INTEGER NOT NULL,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "addresses" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "title" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone_number" TEXT NOT NULL,
    "line" TEXT NOT NULL,
    "district" TEXT,
    "postcode" TEXT,
    "city_id" INTEGER NOT NULL,
    "country_id" INTEGER NOT NULL,
    "is_corporate" BOOLEAN NOT NULL DEFAULT false,
    "company_name" TEXT,
    "tax_office" TEXT,
    "tax_no" TEXT,
    "identity_number" TEXT,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "addresses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_options" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "payment_type" "PaymentType" NOT NULL,

    CONSTRAINT "payment_options_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "banks" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "logo" TEXT,

    CONSTRAINT "banks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_companies" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "tracking_url_template" TEXT,
    "is_easy_return_enabled" BOOLEAN NOT NULL DEFAULT false,
    "pickup_horizon_days" INTEGER NOT NULL DEFAULT 7,

    CONSTRAINT "shipping_companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pickup_slots" (
    "id" SERIAL NOT NULL,
    "shipping_company_id" INTEGER NOT NULL,
    "start_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "display_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "pickup_slots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_options" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "shipping_company_id" INTEGER,

    CONSTRAINT "shipping_options_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "user_email" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "amount_without_discount" DECIMAL(12,2) NOT NULL,
    "discount_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "shipping_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "shipping_tax_rate" DECIMAL(5,2),
    "refund_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "discount_refund_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "shipping_refund_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "payment_option_id" INTEGER NOT NULL,
    "payment_option_slug" TEXT NOT NULL,
    "bank_id" INTEGER,
    "card_id" INTEGER,
    "installment_id" INTEGER,
    "bin_number" TEXT,
    "installment_count" INTEGER NOT NULL DEFAULT 1,
    "installment_interest_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "shipping_option_id" INTEGER,
    "shipping_option_slug" TEXT,
    "shipping_company_id" INTEGER,
    "tracking_number" TEXT,
    "tracking_url" TEXT,
    "defined_tracking_url" TEXT,
    "shipping_tracking_url" TEXT,
    "invoice_number" TEXT,
    "invoice_date" TIMESTAMPTZ(6),
    "e_archive_url" TEXT,
    "remote_addr" TEXT,
    "has_gift_box" BOOLEAN NOT NULL DEFAULT false,
    "gift_box_note" TEXT,
    "language_code" TEXT NOT NULL DEFAULT 'en-us',
    "notes" TEXT,
    "delivery_range" JSONB,
    "extra_field" JSONB NOT NULL DEFAULT '{}',
    "segment" TEXT,
    "checkout_provider" INTEGER,
    "client_type" TEXT NOT NULL DEFAULT 'default',
    "basket_id" INTEGER,
    "shipping_address_id" INTEGER NOT NULL,
    "billing_address_id" INTEGER NOT NULL,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_items" (
    "id" SERIAL NOT NULL,
    "order_id" INTEGER NOT NULL,
    "product_id" INTEGER NOT NULL,
    "product_name" TEXT NOT NULL,
    "product_sku" TEXT NOT NULL,
    "product_base_code" TEXT,
    "product_image" TEXT,
    "product_attributes" JSONB NOT NULL DEFAULT '{}',
    "is_returnable" BOOLEAN NOT NULL DEFAULT true,
    "status" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "price" DECIMAL(12,2) NOT NULL,
    "retail_price" DECIMAL(12,2) NOT NULL,
    "tax_rate" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "discount_amount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "shipping_company_id" INTEGER,
    "tracking_number" TEXT,
    "tracking_url" TEXT,
    "shipped_date" TIMESTAMPTZ(6),
    "delivered_date" TIMESTAMPTZ(6),
    "extra_field" JSONB NOT NULL DEFAULT '{}',
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discount_items" (
    "id" SERIAL NOT NULL,
    "order_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "discount_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "loyalty_transactions" (
    "id" SERIAL NOT NULL,
    "order_id" INTEGER NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL,
    "reference" TEXT,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "loyalty_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cancellation_reasons" (
    "id" SERIAL NOT NULL,
    "cancellation_type" "CancellationType" NOT NULL,
    "subject" TEXT NOT NULL,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "display_order" INTEGER NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "extra_information_needed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "cancellation_reasons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "easy_returns" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "status" "EasyReturnStatus" NOT NULL DEFAULT 'active',
    "shipping_company_id" INTEGER NOT NULL,
    "tracking_number" TEXT,
    "tracking_url" TEXT,
    "pickup_date" DATE NOT NULL,
    "pickup_hour_start" TEXT NOT NULL,
    "pickup_hour_end" TEXT NOT NULL,
    "start_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "end_date" TIMESTAMPTZ(6),

    CONSTRAINT "easy_returns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cancellation_requests" (
    "id" SERIAL NOT NULL,
    "uuid" UUID NOT NULL,
    "order_item_id" INTEGER NOT NULL,
    "cancellation_type" "CancellationType" NOT NULL,
    "status" "CancellationRequestStatus" NOT NULL DEFAULT 'open',
    "reason_id" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "description" TEXT,
    "iban" TEXT,
    "holder_name" TEXT,
    "shipping_company_id" INTEGER,
    "pickup_address_id" INTEGER,
    "pickup_date" DATE,
    "pickup_hour_start" TEXT,
    "pickup_hour_end" TEXT,
    "fully_refund_as_loyalty_money" BOOLEAN NOT NULL DEFAULT false,
    "easy_return_id" INTEGER,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cancellation_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "window_start" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "idempotency_records" (
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status_code" INTEGER NOT NULL,
    "response_body" JSONB NOT NULL,
    "created_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_records_pkey" PRIMARY KEY ("scope","key")
);

-- CreateTable
CREATE TABLE "_OrderItemEasyReturnCompanies" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_OrderItemEasyReturnCompanies_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "users_email_idx" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "countries_code_key" ON "countries"("code");

-- CreateIndex
CREATE UNIQUE INDEX "cities_country_id_name_key" ON "cities"("country_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "payment_options_slug_key" ON "payment_options"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "banks_slug_key" ON "banks"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "shipping_companies_slug_key" ON "shipping_companies"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "pickup_slots_shipping_company_id_start_time_end_time_key" ON "pickup_slots"("shipping_company_id", "start_time", "end_time");

-- CreateIndex
CREATE UNIQUE INDEX "shipping_options_slug_key" ON "shipping_options"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "orders_number_key" ON "orders"("number");

-- CreateIndex
CREATE INDEX "orders_user_id_idx" ON "orders"("user_id");

-- CreateIndex
CREATE INDEX "order_items_order_id_idx" ON "order_items"("order_id");

-- CreateIndex
CREATE INDEX "discount_items_order_id_idx" ON "discount_items"("order_id");

-- CreateIndex
CREATE INDEX "loyalty_transactions_order_id_idx" ON "loyalty_transactions"("order_id");

-- CreateIndex
CREATE INDEX "cancellation_reasons_cancellation_type_is_active_display_or_idx" ON "cancellation_reasons"("cancellation_type", "is_active", "display_order");

-- CreateIndex
CREATE UNIQUE INDEX "easy_returns_code_key" ON "easy_returns"("code");

-- CreateIndex
CREATE UNIQUE INDEX "cancellation_requests_uuid_key" ON "cancellation_requests"("uuid");

-- CreateIndex
CREATE INDEX "cancellation_requests_order_item_id_status_idx" ON "cancellation_requests"("order_item_id", "status");

-- CreateIndex
CREATE INDEX "cancellation_requests_easy_return_id_idx" ON "cancellation_requests"("easy_return_id");

-- CreateIndex
CREATE INDEX "idempotency_records_created_date_idx" ON "idempotency_records"("created_date");

-- CreateIndex
CREATE INDEX "_OrderItemEasyReturnCompanies_B_index" ON "_OrderItemEasyReturnCompanies"("B");

-- AddForeignKey
ALTER TABLE "cities" ADD CONSTRAINT "cities_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pickup_slots" ADD CONSTRAINT "pickup_slots_shipping_company_id_fkey" FOREIGN KEY ("shipping_company_id") REFERENCES "shipping_companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_options" ADD CONSTRAINT "shipping_options_shipping_company_id_fkey" FOREIGN KEY ("shipping_company_id") REFERENCES "shipping_companies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_option_id_fkey" FOREIGN KEY ("payment_option_id") REFERENCES "payment_options"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_bank_id_fkey" FOREIGN KEY ("bank_id") REFERENCES "banks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_option_id_fkey" FOREIGN KEY ("shipping_option_id") REFERENCES "shipping_options"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_company_id_fkey" FOREIGN KEY ("shipping_company_id") REFERENCES "shipping_companies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_address_id_fkey" FOREIGN KEY ("shipping_address_id") REFERENCES "addresses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_billing_address_id_fkey" FOREIGN KEY ("billing_address_id") REFERENCES "addresses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_shipping_company_id_fkey" FOREIGN KEY ("shipping_company_id") REFERENCES "shipping_companies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_items" ADD CONSTRAINT "discount_items_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "loyalty_transactions" ADD CONSTRAINT "loyalty_transactions_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "easy_returns" ADD CONSTRAINT "easy_returns_shipping_company_id_fkey" FOREIGN KEY ("shipping_company_id") REFERENCES "shipping_companies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_order_item_id_fkey" FOREIGN KEY ("order_item_id") REFERENCES "order_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_reason_id_fkey" FOREIGN KEY ("reason_id") REFERENCES "cancellation_reasons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_shipping_company_id_fkey" FOREIGN KEY ("shipping_company_id") REFERENCES "shipping_companies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_pickup_address_id_fkey" FOREIGN KEY ("pickup_address_id") REFERENCES "addresses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cancellation_requests" ADD CONSTRAINT "cancellation_requests_easy_return_id_fkey" FOREIGN KEY ("easy_return_id") REFERENCES "easy_returns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrderItemEasyReturnCompanies" ADD CONSTRAINT "_OrderItemEasyReturnCompanies_A_fkey" FOREIGN KEY ("A") REFERENCES "order_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrderItemEasyReturnCompanies" ADD CONSTRAINT "_OrderItemEasyReturnCompanies_B_fkey" FOREIGN KEY ("B") REFERENCES "shipping_companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Emails match case-insensitively, so lookups by email go through lower(user_email).
CREATE INDEX "orders_lower_user_email_idx" ON "orders"(lower("user_email"));
